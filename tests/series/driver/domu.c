// SPDX-License-Identifier: GPL-2.0
/*
 * A PV domU without passthrough: Linux installs no swiotlb-xen there, so
 * its devices use dma-direct and a DMA handle is the guest physical
 * address of the buffer.  The grant-table DMA buffers must still be
 * freed with the handle their allocation returned: one that the free
 * path rewrote to a machine address makes dma-direct free other pages.
 */
#include <linux/dma-map-ops.h>
#include <linux/dma-mapping.h>
#include <linux/platform_device.h>

#include "series.h"

/**
 * series_domu_run() - Run the checks of a PV domU.
 *
 * Every outcome is a result line, also an error that kept the checks
 * from running.
 *
 * Context: Process context (module init).
 * Return: 0, or that error.
 */
int series_domu_run(void)
{
	struct platform_device *pdev;
	int ret;

	pdev = platform_device_register_simple("xen-dma-series-domu",
					       PLATFORM_DEVID_NONE, NULL, 0);
	if (IS_ERR(pdev)) {
		e2e_report("domu-dma-direct", E2E_FAIL, "no platform device: %ld",
			   PTR_ERR(pdev));
		return PTR_ERR(pdev);
	}
	ret = dma_coerce_mask_and_coherent(&pdev->dev, DMA_BIT_MASK(64));
	if (ret) {
		e2e_report("domu-dma-direct", E2E_FAIL, "no 64-bit DMA mask: %d", ret);
		goto out;
	}
	/* The premise, from the device itself: no DMA ops is dma-direct. */
	if (get_dma_ops(&pdev->dev)) {
		e2e_report("domu-dma-direct", E2E_FAIL, "the domU's device has DMA ops %ps",
			   get_dma_ops(&pdev->dev));
		goto out;
	}
	e2e_report("domu-dma-direct", E2E_PASS, "a device of this PV domU uses dma-direct");
	series_check_gnttab(&pdev->dev, "gnttab-dma-pages-domu");
out:
	platform_device_unregister(pdev);
	return ret;
}
