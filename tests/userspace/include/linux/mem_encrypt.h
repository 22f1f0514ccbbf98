/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Userspace shim: AMD SME's C-bit, as the kernel sets and clears it, from
 * a mask a test may set (0 by default: no SME, the identity).
 */
#ifndef _XDX_SHIM_MEM_ENCRYPT_H
#define _XDX_SHIM_MEM_ENCRYPT_H
#include <linux/types.h>

extern u64 xdx_sme_me_mask;
#define __sme_set(x)	((x) | xdx_sme_me_mask)
#define __sme_clr(x)	((x) & ~xdx_sme_me_mask)
#endif
