/* SPDX-License-Identifier: GPL-2.0 */
/* Userspace shim: compiler helpers. */
#ifndef _XDX_SHIM_COMPILER_H
#define _XDX_SHIM_COMPILER_H
#ifndef __always_inline
#define __always_inline inline __attribute__((__always_inline__))
#endif
#define likely(x)	__builtin_expect(!!(x), 1)
#define unlikely(x)	__builtin_expect(!!(x), 0)
#define READ_ONCE(x)	(*(const volatile __typeof__(x) *)&(x))
#endif
