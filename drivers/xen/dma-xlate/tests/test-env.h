/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the KUnit suites of the Xen DMA translation share: a fake p2m with
 * moved, foreign and missing frames, and fake devices with DMA regions.
 */
#ifndef _XEN_DMA_XLATE_TEST_ENV_H
#define _XEN_DMA_XLATE_TEST_ENV_H

#include <linux/dma-direct.h>
#include <linux/limits.h>
#include <linux/types.h>
#include <xen/page.h>

#include "../seam.h"

struct device;
struct kunit;

/* What the library answers for "no physical address". */
#define NO_PHYS			((phys_addr_t)-1)

/* Bus frame that a p2m entry marks as missing (a ballooned-out page). */
#define XLATE_TEST_NO_FRAME	(~0UL)

/**
 * struct xlate_test_frame - One entry of a fake p2m.
 * @pfn: Xen pfn (4 KiB frame) of the guest.
 * @bfn: Bus frame behind it, or XLATE_TEST_NO_FRAME.
 * @foreign: @bfn belongs to another domain: no local pfn maps back to it.
 */
struct xlate_test_frame {
	unsigned long pfn;
	unsigned long bfn;
	bool foreign;
};

/**
 * struct xlate_test_p2m - A fake p2m: the identity but for a few entries.
 * @ops: What the library calls.
 * @frames: The entries that differ from the identity.
 * @nr_frames: Number of @frames.
 *
 * With @ops.local_frame_is_identity it models Arm, whose bfn_to_pfn() is
 * the identity and never refuses; otherwise x86 PV, whose M2P refuses bus
 * frames that no local pfn owns.
 */
struct xlate_test_p2m {
	struct xen_dma_xlate_p2m ops;
	const struct xlate_test_frame *frames;
	size_t nr_frames;
};

/*
 * The fake p2m every suite uses (Xen frame numbers):
 *   pfn 0x100, 0x101 -> bfn 0x20100, 0x20101  moved, contiguous
 *   pfn 0x102        -> bfn 0x30000           moved, breaks contiguity
 *   pfn 0x103        -> bfn 0x3ff00           foreign (a granted page)
 *   pfn 0x104        -> none                  missing
 *   pfn 0x50000      -> bfn 0x104             moved from high to low
 * Bus frames 0x100-0x103 lost their pfn and 0x104 belongs to pfn 0x50000;
 * bus frame 0x3ff00 belongs to another domain, so pfn 0x3ff00 is left out
 * of every test.  Everything else is the identity.
 */
extern const struct xlate_test_p2m xlate_test_x86_p2m;
extern const struct xlate_test_p2m xlate_test_arm_p2m;

/**
 * xlate_test_bus_frame() - The bus frame of a fake p2m's pfn.
 * @ops: The &struct xlate_test_p2m's ops.
 * @pfn: Xen pfn.
 *
 * For suites that build a fake p2m of their own frames.
 *
 * Context: Any context.
 * Return: The entry's bus frame, or @pfn when the p2m has no entry for it.
 */
unsigned long xlate_test_bus_frame(const struct xen_dma_xlate_p2m *ops,
				   unsigned long pfn);

/**
 * xlate_test_local_frame() - The pfn of a fake p2m's bus frame.
 * @ops: The &struct xlate_test_p2m's ops.
 * @bfn: Bus frame.
 *
 * Context: Any context.
 * Return: The pfn that maps to @bfn (@bfn itself where nothing moved), or
 * XLATE_TEST_NO_FRAME for a foreign frame or one whose pfn moved away.
 */
unsigned long xlate_test_local_frame(const struct xen_dma_xlate_p2m *ops,
				     unsigned long bfn);

/* Raspberry Pi 4 legacy peripherals: RAM 0x0-0x3fffffff seen at 0xc0000000. */
extern const struct bus_dma_region xlate_test_rpi4_map[];

/* Two regions with a hole between them; the second one moves down. */
extern const struct bus_dma_region xlate_test_holes_map[];

/**
 * xlate_test_use_p2m() - Install a fake p2m for the current test.
 * @test: The running test.
 * @p2m: The fake p2m.
 *
 * Fails the test at once when the seam cannot be claimed.
 *
 * Context: Process context, from the test's own thread.
 */
void xlate_test_use_p2m(struct kunit *test, const struct xlate_test_p2m *p2m);

/**
 * xlate_test_device() - Make a device that only the translations look at.
 * @test: The running test; the device is freed with it.
 * @map: DMA regions (ended by a region of size 0), or NULL for none.
 * @mask: DMA mask, or 0 for a device without one.
 * @bus_dma_limit: Upstream bus limit, or 0 for none.
 *
 * Context: Process context.
 * Return: The device; the test fails at once if it cannot be allocated.
 */
struct device *xlate_test_device(struct kunit *test,
				 const struct bus_dma_region *map,
				 u64 mask, u64 bus_dma_limit);

/**
 * xlate_test_frame_numbered() - Whether an address's Xen frame has a number.
 * @addr: A physical or bus address.
 *
 * A frame number is an unsigned long, and ~0UL is the p2m's "no frame":
 * with LPAE, addresses from 2^44 on have no frame number.
 *
 * Context: Any context.
 * Return: true when the frame of @addr has a number other than ~0UL.
 */
static inline bool xlate_test_frame_numbered(u64 addr)
{
	return addr >> XEN_PAGE_SHIFT < (u64)ULONG_MAX;
}

/**
 * xlate_test_skip() - Skip the running test, also as a row of a table.
 * @test: The running test.
 * @reason: Why.
 *
 * kunit_skip(), after a line that tests/lib/ktap-results reads: 6.1's
 * KUnit prints a skipped parameter of a table as a plain "ok", which
 * would count as a pass.  Does not return.
 *
 * Context: Process context, from the test's own thread.
 */
void xlate_test_skip(struct kunit *test, const char *reason);

/**
 * xlate_test_skip_unless_framed() - Skip a table row this kernel cannot hold.
 * @test: The running test.
 * @addr: A physical or bus address of the row.
 * @size: Bytes from @addr the row covers (0: one).
 * @translates: The row expects a translation (or a range found good).
 *
 * The shared tables are written for 64-bit kernels.  On 32-bit Arm an
 * address above 4 GiB does not exist without LPAE, 0xffffffff is the "no
 * address" value there, and with LPAE an address above 2^44 has no Xen
 * frame number (an unsigned long).  A row that expects a translation
 * through such an address, and any row whose address does not fit, is
 * skipped there, with the reason; rows that expect a refusal of an
 * address that fits still run, and the wide suite tests those edges.
 *
 * Context: Process context, from the test's own thread.
 */
void xlate_test_skip_unless_framed(struct kunit *test, u64 addr, u64 size, bool translates);

/**
 * xlate_test_expected_bus() - The bus address Xen has for an address.
 * @paddr: Guest physical address.
 *
 * An oracle that reads nothing the library reads (machine-oracle.h): the
 * identity when not under Xen and on Arm, the machine frame of the kernel's
 * page-table entry (checked against Xen's M2P) on x86 PV.
 *
 * Context: Any context.
 * Return: The bus address of @paddr.
 */
phys_addr_t xlate_test_expected_bus(phys_addr_t paddr);

#endif /* _XEN_DMA_XLATE_TEST_ENV_H */
