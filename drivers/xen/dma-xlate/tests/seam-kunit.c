// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit tests for the test seam itself: a fake p2m must reach the test's
 * own thread and no other, not an interrupt over that thread nor reclaim
 * it does, and must be gone when the test ends.
 */
#include <kunit/test.h>
#include <linux/completion.h>
#include <linux/device.h>
#include <linux/dma-mapping.h>
#include <linux/interrupt.h>
#include <linux/irq_work.h>
#include <linux/kthread.h>
#include <linux/sched/mm.h>
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

/*
 * What an interrupt on the test's CPU translates: in a real dom0 that is
 * a driver's real DMA, which must go through the real p2m even though the
 * interrupted thread is the test's.
 */
struct interrupt_probe {
	struct irq_work work;
	struct tasklet_struct tasklet;
	struct device *dev;
	struct task_struct *interrupted;
	bool in_interrupt;
	dma_addr_t seen;
	bool done;
};

static void interrupt_probe_translate(struct interrupt_probe *p)
{
	p->interrupted = current;
	p->in_interrupt = !in_task();
	p->seen = xen_phys_to_dma(p->dev, MOVED_PADDR);
	/* same CPU: irq_work_sync() or local_bh_enable() returns after this */
	p->done = true;
}

static void interrupt_probe_hardirq(struct irq_work *work)
{
	interrupt_probe_translate(container_of(work, struct interrupt_probe, work));
}

static void interrupt_probe_softirq(struct tasklet_struct *tasklet)
{
	interrupt_probe_translate(container_of(tasklet, struct interrupt_probe, tasklet));
}

static void interrupt_probe_check(struct kunit *test, struct interrupt_probe *p)
{
	KUNIT_ASSERT_TRUE_MSG(test, p->done, "the callback did not run");
	/* the case that matters: the interrupt came over the test's thread */
	KUNIT_EXPECT_PTR_EQ(test, p->interrupted, current);
	KUNIT_EXPECT_TRUE(test, p->in_interrupt);
	KUNIT_EXPECT_EQ(test, p->seen, xlate_test_expected_bus(MOVED_PADDR));
	/* and the test's own thread still sees its fake */
	KUNIT_EXPECT_EQ(test, xen_phys_to_dma(p->dev, MOVED_PADDR), MOVED_BADDR);
}

static void seam_hidden_from_hardirq(struct kunit *test)
{
	struct interrupt_probe p = { };

	p.dev = xlate_test_device(test, NULL, DMA_BIT_MASK(64), 0);
	init_irq_work(&p.work, interrupt_probe_hardirq);
	xlate_test_use_p2m(test, &xlate_test_x86_p2m);
	/* on this CPU, and waited for by spinning: it interrupts this thread */
	preempt_disable();
	irq_work_queue(&p.work);
	irq_work_sync(&p.work);
	preempt_enable();
	interrupt_probe_check(test, &p);
}

static void seam_hidden_from_softirq(struct kunit *test)
{
	struct interrupt_probe p = { };

	p.dev = xlate_test_device(test, NULL, DMA_BIT_MASK(64), 0);
	tasklet_setup(&p.tasklet, interrupt_probe_softirq);
	xlate_test_use_p2m(test, &xlate_test_x86_p2m);
	/*
	 * A softirq raised with bottom halves off runs when they come back
	 * on, in this very thread: as softirq work over the test's task.
	 */
	local_bh_disable();
	tasklet_schedule(&p.tasklet);
	local_bh_enable();
	tasklet_kill(&p.tasklet);
	interrupt_probe_check(test, &p);
}

/* Direct reclaim in the test's thread writes pages back with real DMA. */
static void seam_hidden_from_reclaim(struct kunit *test)
{
	struct device *dev = xlate_test_device(test, NULL, DMA_BIT_MASK(64), 0);
	unsigned int flags;
	dma_addr_t dma;

	xlate_test_use_p2m(test, &xlate_test_x86_p2m);
	flags = memalloc_noreclaim_save();	/* what reclaim sets: PF_MEMALLOC */
	dma = xen_phys_to_dma(dev, MOVED_PADDR);
	memalloc_noreclaim_restore(flags);
	KUNIT_EXPECT_EQ(test, dma, xlate_test_expected_bus(MOVED_PADDR));
	KUNIT_EXPECT_EQ(test, xen_phys_to_dma(dev, MOVED_PADDR), MOVED_BADDR);
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
	KUNIT_CASE(seam_hidden_from_hardirq),
	KUNIT_CASE(seam_hidden_from_softirq),
	KUNIT_CASE(seam_hidden_from_reclaim),
	KUNIT_CASE(seam_refuses_second_claim),
	KUNIT_CASE(seam_released_after_test),
	{ }
};

static struct kunit_suite seam_test_suite = {
	.name = "xen-dma-xlate-seam",
	.test_cases = seam_test_cases,
};

kunit_test_suite(seam_test_suite);
