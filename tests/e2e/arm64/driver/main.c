// SPDX-License-Identifier: GPL-2.0
/*
 * End-to-end test driver for xen-dma-xlate in a Xen arm64 dom0.
 *
 * The test board's device tree (tests/e2e/arm64/board.dtsi) holds one
 * device per compatible below, each under a bus whose dma-ranges is what
 * is being tested.  The devices exist for their DMA configuration only:
 * none has registers, and nothing is ever DMAed to them.  The platform
 * driver binds them all (probing is synchronous, so that is over when
 * platform_driver_register() returns); module init then runs every check
 * once, prints one KTAP line per check and then the plan.
 */
#include <linux/module.h>
#include <linux/of.h>
#include <linux/platform_device.h>
#include <xen/xen.h>

#include "e2e.h"
#include "xdx-compat.h"

static const char * const e2e_names[E2E_NR_DEVS] = {
	[E2E_RPI4] = "rpi4-legacy",
	[E2E_EMMC2] = "emmc2-narrow",
	[E2E_PLAIN] = "plain",
	[E2E_ZERO] = "malformed-zero",
	[E2E_OVERLAP] = "malformed-overlap",
	[E2E_SPLIT] = "split",
};

static struct device *e2e_devs[E2E_NR_DEVS];

static int e2e_probe(struct platform_device *pdev)
{
	uintptr_t which = (uintptr_t)of_device_get_match_data(&pdev->dev);

	if (which >= E2E_NR_DEVS || e2e_devs[which])
		return -EINVAL;
	e2e_devs[which] = &pdev->dev;
	dev_info(&pdev->dev, "dma_range_map %s, dma mask %#llx, bus limit %#llx\n",
		 pdev->dev.dma_range_map ? "set" : "none",
		 pdev->dev.dma_mask ? *pdev->dev.dma_mask : 0ULL,
		 (unsigned long long)pdev->dev.bus_dma_limit);
	return 0;
}

static void e2e_remove(struct platform_device *pdev)
{
	int i;

	for (i = 0; i < E2E_NR_DEVS; i++)
		if (e2e_devs[i] == &pdev->dev)
			e2e_devs[i] = NULL;
}

XDX_PLATFORM_REMOVE(e2e_remove)

static const struct of_device_id e2e_of_ids[] = {
	{ .compatible = "xen-dma-xlate,rpi4-legacy", .data = (void *)E2E_RPI4 },
	{ .compatible = "xen-dma-xlate,emmc2-narrow", .data = (void *)E2E_EMMC2 },
	{ .compatible = "xen-dma-xlate,plain", .data = (void *)E2E_PLAIN },
	{ .compatible = "xen-dma-xlate,malformed-zero", .data = (void *)E2E_ZERO },
	{ .compatible = "xen-dma-xlate,malformed-overlap", .data = (void *)E2E_OVERLAP },
	{ .compatible = "xen-dma-xlate,split", .data = (void *)E2E_SPLIT },
	{ }
};
MODULE_DEVICE_TABLE(of, e2e_of_ids);

static struct platform_driver e2e_driver = {
	.driver = {
		.name = "xen-dma-xlate-e2e-arm64",
		.of_match_table = e2e_of_ids,
	},
	.probe = e2e_probe,
	.remove = e2e_remove_compat,
};

/* Every check, in order.  A missing device makes its checks fail. */
static void e2e_run(void)
{
	int i, missing = 0;

	for (i = 0; i < E2E_NR_DEVS; i++) {
		if (!e2e_devs[i]) {
			pr_info(E2E_PREFIX "device xen-dma-xlate,%s not bound\n", e2e_names[i]);
			missing++;
		}
	}
	if (missing)
		e2e_report("devices", E2E_FAIL,
			   "%d of %d test devices not bound (is the board DTB in use?)",
			   missing, E2E_NR_DEVS);
	else
		e2e_report("devices", E2E_PASS, "all %d test devices bound", E2E_NR_DEVS);

	if (e2e_devs[E2E_RPI4])
		e2e_check_rpi4(e2e_devs[E2E_RPI4]);
	else
		e2e_report("rpi4", E2E_FAIL, "no rpi4-legacy device");
	if (e2e_devs[E2E_EMMC2])
		e2e_check_emmc2(e2e_devs[E2E_EMMC2]);
	else
		e2e_report("emmc2", E2E_FAIL, "no emmc2-narrow device");
	if (e2e_devs[E2E_SPLIT])
		e2e_check_split(e2e_devs[E2E_SPLIT]);
	else
		e2e_report("split", E2E_FAIL, "no split device");
	if (e2e_devs[E2E_PLAIN])
		e2e_check_grant(e2e_devs[E2E_PLAIN]);
	else
		e2e_report("grant", E2E_FAIL, "no plain device");
	e2e_check_vmalloc();
	if (e2e_devs[E2E_PLAIN])
		e2e_check_virtual(e2e_devs[E2E_PLAIN]);
	else
		e2e_report("virt", E2E_FAIL, "no plain device");
	if (e2e_devs[E2E_ZERO] && e2e_devs[E2E_OVERLAP])
		e2e_check_malformed(e2e_devs[E2E_ZERO], e2e_devs[E2E_OVERLAP]);
	else
		e2e_report("malformed", E2E_FAIL, "no malformed-zero or malformed-overlap device");
}

static int __init e2e_init(void)
{
	int ret;

	e2e_ktap_begin();
	ret = platform_driver_register(&e2e_driver);
	if (ret) {
		e2e_report("devices", E2E_FAIL, "platform_driver_register: %d", ret);
	} else if (!xen_initial_domain()) {
		e2e_report("xen", E2E_FAIL, "not a Xen dom0: nothing to test");
	} else {
		e2e_report("xen", E2E_PASS, "running as Xen dom0");
		e2e_run();
	}
	e2e_ktap_end();
	return ret;
}
module_init(e2e_init);

static void __exit e2e_exit(void)
{
	platform_driver_unregister(&e2e_driver);
}
module_exit(e2e_exit);

MODULE_DESCRIPTION("End-to-end test of xen-dma-xlate in a Xen arm64 dom0");
MODULE_LICENSE("GPL");
