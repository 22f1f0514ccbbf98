/* SPDX-License-Identifier: GPL-2.0 */
/* Userspace shim: nothing to export. */
#ifndef _XDX_SHIM_EXPORT_H
#define _XDX_SHIM_EXPORT_H
#define EXPORT_SYMBOL_GPL(sym)
#endif
