// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit tests for the test seam itself: a fake p2m must reach the test's
 * own thread and no other, and must be gone when the test ends.
 */
#include <kunit/test.h>
#include <linux/completion.h>
#include <linux/device.h>
#include <linux/dma-mapping.h>
#include <linux/kthread.h>
#include <xen/dma-xlate.h>

#include "test-env.h"

/* pfn 0x100 is at bus frame 0x20100 in the fake p2m. */
#define MOVED_PADDR	0x100000
#define MOVED_BADDR	0x20100000

struct other_thread {
	struct device *dev;
	dma_addr_t seen;
	struct completion done;
};

static int other_thread_fn(void *data)
{
	struct other_thread *o = data;

	o->seen = xen_phys_to_dma(o->dev, MOVED_PADDR);
	complete(&o->done);
	return 0;
}

static void seam_is_thread_local(struct kunit *test)
{
	struct other_thread o = { };
	struct task_struct *t;

	o.dev = xlate_test_device(test, NULL, DMA_BIT_MASK(64), 0);
	init_completion(&o.done);
	xlate_test_use_p2m(test, &xlate_test_x86_p2m);
	KUNIT_EXPECT_EQ(test, xen_phys_to_dma(o.dev, MOVED_PADDR), MOVED_BADDR);

	t = kthread_run(other_thread_fn, &o, "xen-dma-xlate-seam");
	KUNIT_ASSERT_FALSE(test, IS_ERR(t));
	wait_for_completion(&o.done);
	KUNIT_EXPECT_EQ(test, o.seen, xlate_test_expected_bus(MOVED_PADDR));
}

static void seam_refuses_second_claim(struct kunit *test)
{
	xlate_test_use_p2m(test, &xlate_test_x86_p2m);
	KUNIT_EXPECT_EQ(test, xen_dma_xlate_test_use_p2m(test, &xlate_test_arm_p2m.ops),
			-EBUSY);
}

/* Runs after the case above: its fake must have gone with it. */
static void seam_released_after_test(struct kunit *test)
{
	struct device *dev = xlate_test_device(test, NULL, DMA_BIT_MASK(64), 0);

	KUNIT_EXPECT_EQ(test, xen_phys_to_dma(dev, MOVED_PADDR),
			xlate_test_expected_bus(MOVED_PADDR));
}

static struct kunit_case seam_test_cases[] = {
	KUNIT_CASE(seam_is_thread_local),
	KUNIT_CASE(seam_refuses_second_claim),
	KUNIT_CASE(seam_released_after_test),
	{ }
};

static struct kunit_suite seam_test_suite = {
	.name = "xen-dma-xlate-seam",
	.test_cases = seam_test_cases,
};

kunit_test_suite(seam_test_suite);
