/* SPDX-License-Identifier: GPL-2.0 */
/* Userspace shim: seam.h includes this; with the seam compiled out it needs nothing. */
#ifndef _XDX_SHIM_SCHED_H
#define _XDX_SHIM_SCHED_H
#endif
