/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Userspace model of the p2m behind the shims of <xen/xen.h> and
 * <xen/page.h>; tests and the fuzzer set it.
 *
 * XDX_P2M_NATIVE: not under Xen, xen_domain() is false, every pfn is its
 * own bus frame.
 *
 * XDX_P2M_PV: an x86-PV-like p2m array p2m[pfn] = bfn for pfn < nr
 * (INVALID_P2M_ENTRY, ~0UL, for a missing frame), and the identity for
 * pfn >= nr (as x86 answers IDENTITY_FRAME past the populated p2m).  The
 * inverse map (the M2P) answers ~0UL for a bus frame that no local pfn
 * owns: a foreign (granted) frame, or the frame of a pfn moved away.
 */
#ifndef _XDX_P2M_H
#define _XDX_P2M_H
#include <stdbool.h>
#include <stddef.h>

enum xdx_p2m_mode { XDX_P2M_NATIVE, XDX_P2M_PV };

extern enum xdx_p2m_mode xdx_p2m_mode;

/* Back to not-under-Xen. */
void xdx_p2m_native(void);

/*
 * Install a PV p2m of @nr entries, copied; @foreign may be NULL.
 * Return: 0, or -1 when out of memory.
 */
int xdx_p2m_pv(const unsigned long *p2m, const bool *foreign, size_t nr);

/* pfn_to_bfn(): ~0UL for a missing frame. */
unsigned long xdx_p2m_pfn_to_bfn(unsigned long pfn);

/* bfn_to_pfn(): the M2P; ~0UL for a foreign or ownerless bus frame. */
unsigned long xdx_p2m_bfn_to_pfn(unsigned long bfn);

/* Whether pfn @pfn's entry is marked foreign. */
bool xdx_p2m_is_foreign(unsigned long pfn);
#endif
