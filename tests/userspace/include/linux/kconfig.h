/* SPDX-License-Identifier: GPL-2.0 */
/* Userspace shim: force-included, as the kernel force-includes kconfig.h. */
#ifndef _XDX_SHIM_KCONFIG_H
#define _XDX_SHIM_KCONFIG_H
/* p2m.h takes its x86 branch (xen_feature(), not phys_to_mach). */
#define CONFIG_X86 1
#define CONFIG_XEN 1
/* CONFIG_XEN_DMA_XLATE_KUNIT_TEST stays undefined: the seam compiles out. */
#define __XDX_ARG_PLACEHOLDER_1 0,
#define __xdx_take_second_arg(__ignored, val, ...) val
#define __xdx_is_defined(x) ___xdx_is_defined(x)
#define ___xdx_is_defined(val) ____xdx_is_defined(__XDX_ARG_PLACEHOLDER_##val)
#define ____xdx_is_defined(arg1_or_junk) __xdx_take_second_arg(arg1_or_junk 1, 0)
#define IS_ENABLED(option) __xdx_is_defined(option)
#endif
