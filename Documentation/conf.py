# SPDX-License-Identifier: GPL-2.0
#
# Sphinx configuration of the xen-dma-xlate documentation (make docs).
#
# The API reference comes from the kernel-doc comments of the sources,
# through the kernel's own Sphinx extension (Documentation/sphinx/
# kerneldoc.py) and scripts/kernel-doc of the cached Linux 6.1 tree, as in
# the kernel's own documentation build.  XDX_KTREE names that tree; without
# it, scripts/kernel-source finds (and if need be unpacks) it.
import os
import subprocess
import sys

top = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
ktree = os.environ.get('XDX_KTREE') or subprocess.run(
    [os.path.join(top, 'scripts', 'kernel-source')], check=True,
    stdout=subprocess.PIPE, text=True).stdout.strip()
sys.path.insert(0, os.path.join(ktree, 'Documentation', 'sphinx'))

project = 'xen-dma-xlate'
copyright = '2026, the xen-dma-xlate developers (GPL-2.0)'
author = 'the xen-dma-xlate developers'

extensions = ['kerneldoc']
kerneldoc_bin = os.path.join(ktree, 'scripts', 'kernel-doc')
kerneldoc_srctree = top

# The kernel's choices: C is the primary domain, reStructuredText source.
primary_domain = 'c'
highlight_language = 'none'
source_suffix = '.rst'
root_doc = 'index'
exclude_patterns = ['output']
html_theme = 'alabaster'
html_title = 'xen-dma-xlate'
html_static_path = []
