/* SPDX-License-Identifier: GPL-2.0 */
/* Userspace shim: only the fields of struct device the library reads. */
#ifndef _XDX_SHIM_DEVICE_H
#define _XDX_SHIM_DEVICE_H
#include <linux/types.h>
struct bus_dma_region;
struct device {
	u64 *dma_mask;
	u64 bus_dma_limit;
	const struct bus_dma_region *dma_range_map;
};
#endif
