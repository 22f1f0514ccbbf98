/* SPDX-License-Identifier: GPL-2.0 */
/* Userspace shim: no AMD SME, so setting/clearing the C-bit is the identity. */
#ifndef _XDX_SHIM_MEM_ENCRYPT_H
#define _XDX_SHIM_MEM_ENCRYPT_H
#define __sme_set(x)	(x)
#define __sme_clr(x)	(x)
#endif
