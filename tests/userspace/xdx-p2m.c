// SPDX-License-Identifier: GPL-2.0
/* Userspace p2m model and the globals the shims need. */
#include <stdlib.h>
#include <string.h>
#include <xdx-p2m.h>
#include <xen/page.h>

unsigned long xdx_warnings;
u64 xdx_sme_me_mask;
struct rb_root phys_to_mach;
enum xdx_p2m_mode xdx_p2m_mode = XDX_P2M_NATIVE;

/* One M2P entry that differs from the identity. */
struct xdx_m2p { unsigned long bfn, pfn; bool foreign; };

static unsigned long *p2m;
static bool *p2m_foreign;
static size_t p2m_nr;
static struct xdx_m2p *m2p;
static size_t m2p_nr;

void xdx_p2m_native(void)
{
	free(p2m);
	free(p2m_foreign);
	free(m2p);
	p2m = NULL;
	p2m_foreign = NULL;
	m2p = NULL;
	p2m_nr = m2p_nr = 0;
	xdx_p2m_mode = XDX_P2M_NATIVE;
}

int xdx_p2m_pv(const unsigned long *frames, const bool *foreign, size_t nr)
{
	size_t i;

	xdx_p2m_native();
	p2m = malloc((nr ? nr : 1) * sizeof(*p2m));
	p2m_foreign = calloc(nr ? nr : 1, sizeof(*p2m_foreign));
	m2p = malloc((nr ? nr : 1) * sizeof(*m2p));
	if (!p2m || !p2m_foreign || !m2p) {
		xdx_p2m_native();
		return -1;
	}
	memcpy(p2m, frames, nr * sizeof(*p2m));
	if (foreign)
		memcpy(p2m_foreign, foreign, nr * sizeof(*p2m_foreign));
	p2m_nr = nr;
	for (i = 0; i < nr; i++) {
		if (p2m[i] == i || p2m[i] == INVALID_P2M_ENTRY)
			continue;
		m2p[m2p_nr].bfn = p2m[i];
		m2p[m2p_nr].pfn = i;
		m2p[m2p_nr].foreign = p2m_foreign[i];
		m2p_nr++;
	}
	xdx_p2m_mode = XDX_P2M_PV;
	return 0;
}

unsigned long xdx_p2m_pfn_to_bfn(unsigned long pfn)
{
	if (xdx_p2m_mode == XDX_P2M_NATIVE || pfn >= p2m_nr)
		return pfn;
	return p2m[pfn];
}

bool xdx_p2m_is_foreign(unsigned long pfn)
{
	return xdx_p2m_mode == XDX_P2M_PV && pfn < p2m_nr && p2m_foreign[pfn];
}

unsigned long xdx_p2m_bfn_to_pfn(unsigned long bfn)
{
	bool foreign = false;
	size_t i;

	if (xdx_p2m_mode == XDX_P2M_NATIVE)
		return bfn;
	/* A moved pfn owns its new bus frame (the first one, if several). */
	for (i = 0; i < m2p_nr; i++) {
		if (m2p[i].bfn != bfn)
			continue;
		if (!m2p[i].foreign)
			return m2p[i].pfn;
		foreign = true;
	}
	/* A granted frame belongs to another domain. */
	if (foreign)
		return INVALID_P2M_ENTRY;
	/* Inside the array: owned by its own pfn only if that one stayed. */
	if (bfn < p2m_nr)
		return p2m[bfn] == bfn && !p2m_foreign[bfn] ? bfn : INVALID_P2M_ENTRY;
	return bfn;
}
