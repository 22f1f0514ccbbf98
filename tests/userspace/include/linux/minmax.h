/* SPDX-License-Identifier: GPL-2.0 */
/* Userspace shim: min_not_zero() with the kernel's semantics. */
#ifndef _XDX_SHIM_MINMAX_H
#define _XDX_SHIM_MINMAX_H
#define min_not_zero(x, y) ({				\
	__typeof__(x) __xdx_x = (x);			\
	__typeof__(y) __xdx_y = (y);			\
	__xdx_x == 0 ? __xdx_y : ((__xdx_y == 0) ? __xdx_x :	\
		(__xdx_x < __xdx_y ? __xdx_x : __xdx_y)); })
#endif
