# SPDX-License-Identifier: GPL-2.0
#
# User-facing targets.  Kernel builds of the library itself go through
# Kbuild (make -C <kernel build dir> M=$PWD modules), never through here.

KCONF ?= x86_64
KTREE ?=

.PHONY: help demo check deps module module-arm64 kunit kunit-dom0 into-tree mutants

help:
	@echo "make demo          build the module for amd64 and arm64, run the x86_64 KUnit suites"
	@echo "make check         every test (installs its dependencies); ends with 'N passed, N failed'"
	@echo "make module        build xen-dma-xlate.ko against Debian's 6.1 amd64 headers"
	@echo "make module-arm64  cross-build it against Debian's 6.1 arm64 headers"
	@echo "make kunit [KCONF=x86_64|arm64|arm64-64k]  run the KUnit suites on one configuration"
	@echo "make kunit-dom0 [KCONF=...]  boot that KUnit kernel as dom0 of Xen 4.17 in QEMU"
	@echo "make into-tree KTREE=<6.1 tree>  wire the library into a kernel tree"
	@echo "make mutants       break the library on purpose and check that KUnit notices"

deps:
	@scripts/deps

demo: deps
	@tests/check-module amd64
	@tests/check-module arm64
	@tests/kunit/run x86_64

check:
	@tests/run-all

module: deps
	@tests/check-module amd64

module-arm64: deps
	@tests/check-module arm64

kunit: deps
	@tests/kunit/run $(KCONF)

kunit-dom0: deps
	@tests/e2e/kunit-dom0 $(KCONF)

into-tree:
	@test -n "$(KTREE)" || { echo "usage: make into-tree KTREE=<kernel tree>"; exit 2; }
	@scripts/into-tree "$(KTREE)"

mutants: deps
	@tests/mutants
