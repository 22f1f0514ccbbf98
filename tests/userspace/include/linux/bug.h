/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Userspace shim: WARN_ON_ONCE() counts every hit in xdx_warnings (the
 * "once" is not modelled, so tests can see each warning) and returns the
 * condition, as the kernel's does.
 */
#ifndef _XDX_SHIM_BUG_H
#define _XDX_SHIM_BUG_H
#include <linux/compiler.h>
extern unsigned long xdx_warnings;
#define WARN_ON_ONCE(cond) ({				\
	int __xdx_ret = !!(cond);			\
	if (unlikely(__xdx_ret))			\
		xdx_warnings++;				\
	__xdx_ret;					\
})
#endif
