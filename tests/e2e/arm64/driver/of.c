// SPDX-License-Identifier: GPL-2.0
/*
 * The device tree as dom0 sees it: the dma-ranges of a device's parent bus
 * and the memory Xen gave dom0.  Both are read from the properties, so the
 * checks' expectations do not come from dev->dma_range_map, which is what
 * the library reads.
 */
#include <linux/device.h>
#include <linux/of.h>
#include <linux/of_address.h>

#include "e2e.h"

/* Cells of one dma-ranges entry: child address, parent address, size. */
#define E2E_ENTRY_CELLS	6

static u64 e2e_cells64(const u32 *cells)
{
	return (u64)cells[0] << 32 | cells[1];
}

/**
 * e2e_windows() - Read the dma-ranges of a device's parent bus.
 * @dev: Device created from the device tree.
 * @w: Array the entries are written to.
 * @max: Its length.
 *
 * The test board's buses all use two address and two size cells, under a
 * root with two address cells; anything else is refused rather than
 * guessed.
 *
 * Context: Process context.
 * Return: The number of entries, or a negative errno.
 */
int e2e_windows(struct device *dev, struct e2e_window *w, int max)
{
	u32 cells[E2E_MAX_WINDOWS * E2E_ENTRY_CELLS];
	struct device_node *bus;
	int n, i, ret = -EINVAL;

	if (!dev->of_node)
		return -ENODEV;
	bus = of_get_parent(dev->of_node);
	if (!bus)
		return -ENODEV;
	if (of_n_addr_cells(dev->of_node) != 2 || of_n_size_cells(dev->of_node) != 2 ||
	    of_n_addr_cells(bus) != 2)
		goto out;
	n = of_property_count_u32_elems(bus, "dma-ranges");
	if (n <= 0 || n % E2E_ENTRY_CELLS || n / E2E_ENTRY_CELLS > max ||
	    n > ARRAY_SIZE(cells))
		goto out;
	ret = of_property_read_u32_array(bus, "dma-ranges", cells, n);
	if (ret)
		goto out;
	for (i = 0; i < n / E2E_ENTRY_CELLS; i++) {
		w[i].dma = e2e_cells64(&cells[i * E2E_ENTRY_CELLS]);
		w[i].cpu = e2e_cells64(&cells[i * E2E_ENTRY_CELLS + 2]);
		w[i].size = e2e_cells64(&cells[i * E2E_ENTRY_CELLS + 4]);
	}
	ret = n / E2E_ENTRY_CELLS;
out:
	of_node_put(bus);
	return ret;
}

/**
 * e2e_dom0_ram() - Find the RAM Xen gave dom0.
 * @start: First byte of it.
 * @end: One past its last byte.
 *
 * Xen writes dom0's memory into dom0's device tree; with dom0_mem=512M it
 * is one bank.  More than one bank is refused: the checks assume one.
 *
 * Context: Process context.
 * Return: 0, or a negative errno.
 */
int e2e_dom0_ram(phys_addr_t *start, phys_addr_t *end)
{
	struct device_node *np;
	struct resource res;
	int banks = 0, ret = -ENODEV;

	for_each_node_by_type(np, "memory") {
		if (!of_device_is_available(np))
			continue;
		if (of_address_to_resource(np, 1, &res) == 0)
			banks++;	/* a second bank in the same node */
		if (of_address_to_resource(np, 0, &res) == 0) {
			*start = res.start;
			*end = res.end + 1;
			banks++;
			ret = 0;
		}
	}
	return banks > 1 ? -E2BIG : ret;
}
