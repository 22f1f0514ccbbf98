/* SPDX-License-Identifier: GPL-2.0 */
/* Userspace shim: min_not_zero() and min_t() with the kernel's semantics. */
#ifndef _XDX_SHIM_MINMAX_H
#define _XDX_SHIM_MINMAX_H
#define min_not_zero(x, y) ({				\
	__typeof__(x) __xdx_x = (x);			\
	__typeof__(y) __xdx_y = (y);			\
	__xdx_x == 0 ? __xdx_y : ((__xdx_y == 0) ? __xdx_x :	\
		(__xdx_x < __xdx_y ? __xdx_x : __xdx_y)); })
#define min_t(type, x, y) ({				\
	type __xdx_a = (x);				\
	type __xdx_b = (y);				\
	__xdx_a < __xdx_b ? __xdx_a : __xdx_b; })
#endif
