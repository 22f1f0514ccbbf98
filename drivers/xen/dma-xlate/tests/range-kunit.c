// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit tests for xen_phys_range_contiguous() and xen_dma_capable().
 *
 * Every case runs with the fake p2m of test-env.h: frames 0x100-0x101 are
 * contiguous on the bus, 0x102 breaks the run, 0x103 is foreign (bus frame
 * 0x3ff00), 0x104 is missing and 0x50000 sits at bus frame 0x104.
 */
#include <kunit/test.h>
#include <linux/device.h>
#include <linux/dma-direct.h>
#include <linux/sizes.h>
#include <xen/dma-xlate.h>

#include "range-cases.h"
#include "test-env.h"

static void contiguous_case_desc(const struct contiguous_case *c, char *desc)
{
	strscpy(desc, c->name, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(contiguous, contiguous_cases, contiguous_case_desc);

static void range_contiguous(struct kunit *test)
{
	const struct contiguous_case *c = test->param_value;

	xlate_test_use_p2m(test, &xlate_test_x86_p2m);
	KUNIT_EXPECT_EQ(test, xen_phys_range_contiguous(c->paddr, c->size),
			c->contiguous);
}

static void capable_case_desc(const struct capable_case *c, char *desc)
{
	strscpy(desc, c->name, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(capable, capable_cases, capable_case_desc);

static void range_dma_capable(struct kunit *test)
{
	const struct capable_case *c = test->param_value;
	struct device *dev = xlate_test_device(test, c->map, c->mask,
					       c->bus_dma_limit);

	xlate_test_use_p2m(test, &xlate_test_x86_p2m);
	KUNIT_EXPECT_EQ(test, xen_dma_capable(dev, c->paddr, c->size), c->capable);
}

static void dma_capable_bad_device(struct kunit *test)
{
	struct device *no_mask = xlate_test_device(test, NULL, 0, 0);

	KUNIT_EXPECT_FALSE(test, xen_dma_capable(no_mask, 0x1000, SZ_4K));
	kunit_info(test, "a WARNING about a NULL device is expected below");
	KUNIT_EXPECT_FALSE(test, xen_dma_capable(NULL, 0x1000, SZ_4K));
}

static struct kunit_case range_test_cases[] = {
	KUNIT_CASE_PARAM(range_contiguous, contiguous_gen_params),
	KUNIT_CASE_PARAM(range_dma_capable, capable_gen_params),
	KUNIT_CASE(dma_capable_bad_device),
	{ }
};

static struct kunit_suite range_test_suite = {
	.name = "xen-dma-xlate-range",
	.test_cases = range_test_cases,
};

kunit_test_suite(range_test_suite);
