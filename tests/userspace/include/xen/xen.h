/* SPDX-License-Identifier: GPL-2.0 */
/* Userspace shim: xen_domain() answers from the p2m model (xdx-p2m.h). */
#ifndef _XDX_SHIM_XEN_H
#define _XDX_SHIM_XEN_H
#include <linux/types.h>
#include <xdx-p2m.h>
#define xen_domain()	(xdx_p2m_mode != XDX_P2M_NATIVE)
#endif
