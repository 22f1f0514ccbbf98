// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit: translations on every online CPU while the mappings behind them
 * change.
 *
 * One worker thread per online CPU translates, again and again, addresses
 * whose answer is known (and must never change) and addresses whose
 * mapping the test thread keeps changing (whose answer must be one of the
 * states it passes through).  The library takes no lock of its own, so
 * this is where a torn read or a lockdep report would show.  Under Xen on
 * Arm the changes go into the kernel's real p2m tree; elsewhere they go
 * into a fake p2m that the workers share with the test.
 */
#include <kunit/test.h>
#include <linux/atomic.h>
#include <linux/cpumask.h>
#include <linux/delay.h>
#include <linux/device.h>
#include <linux/dma-direct.h>
#include <linux/jiffies.h>
#include <linux/kthread.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <xen/dma-xlate.h>
#include <xen/page.h>
#include <xen/xen.h>

#include "test-env.h"

/*
 * The test thread makes at least CHURN_ROUNDS changes and goes on until
 * every worker has checked CHURN_WORKER_ROUNDS times (or CHURN_TIMEOUT
 * passed); it naps now and then so that the worker on its own CPU runs.
 */
#define CHURN_ROUNDS		2000
#define CHURN_WORKER_ROUNDS	500UL
#define CHURN_TIMEOUT		(20 * HZ)

/* How far past the end of RAM the churned frame lies. */
#ifdef CONFIG_PHYS_ADDR_T_64BIT
#define CHURN_PAST_RAM	(64ULL << 30)
#define CHURN_BUS_SHIFT	SZ_4G
#else
/* Addresses a 32-bit phys_addr_t (Arm without LPAE) still holds. */
#define CHURN_PAST_RAM	SZ_1G
#define CHURN_BUS_SHIFT	SZ_64M
#endif

/*
 * The frame whose p2m entry comes and goes: a pfn no page uses (64 GiB past
 * the end of RAM) and the foreign bus frame put behind it, above 4 GiB.
 */
struct churn_frames {
	unsigned long pfn;
	unsigned long bfn;
};

/* A fake p2m: the identity, but for churn->pfn while it is "mapped". */
struct churn_p2m {
	struct xen_dma_xlate_p2m ops;
	struct churn_frames frames;
	bool mapped;
};

static unsigned long churn_bus_frame(const struct xen_dma_xlate_p2m *ops,
				     unsigned long pfn)
{
	const struct churn_p2m *p = container_of(ops, struct churn_p2m, ops);

	if (pfn == p->frames.pfn && READ_ONCE(p->mapped))
		return p->frames.bfn;
	return pfn;
}

/* Like x86's M2P: the foreign frame has no local owner. */
static unsigned long churn_local_frame(const struct xen_dma_xlate_p2m *ops,
				       unsigned long bfn)
{
	const struct churn_p2m *p = container_of(ops, struct churn_p2m, ops);

	return bfn == p->frames.bfn ? XLATE_TEST_NO_FRAME : bfn;
}

/* What every worker shares with the test thread. */
struct churn {
	struct kunit *test;
	bool adopt_test;	/* workers see the test's fake p2m */
	bool churn_frame;	/* frames' p2m entry comes and goes */
	struct device *dev;
	struct churn_frames frames;
	/* Stable: a kmalloc() and a vmalloc() address, and their bus addresses. */
	const u8 *kbuf, *vbuf;
	phys_addr_t kbuf_phys, vbuf_phys;
	dma_addr_t kbuf_dma, vbuf_dma;
	/* Changing: the current vmap() address, or NULL. */
	u8 *vmapped;
};

struct churn_worker {
	struct churn *churn;
	struct task_struct *task;
	unsigned long rounds;
	unsigned long wrong;
};

/* The frame whose entry comes and goes: one of its two states. */
static unsigned int churn_check_frame(const struct churn *c)
{
	phys_addr_t churn_phys = ((phys_addr_t)c->frames.pfn << XEN_PAGE_SHIFT) + 0x2a;
	phys_addr_t churn_bus = ((phys_addr_t)c->frames.bfn << XEN_PAGE_SHIFT) + 0x2a;
	dma_addr_t dma = xen_phys_to_dma(c->dev, churn_phys);
	phys_addr_t back = xen_dma_to_phys(c->dev, churn_phys);

	return (dma != churn_phys && dma != churn_bus) +
	       (back != churn_phys && back != NO_PHYS);
}

/* One round of checks; returns the number of wrong answers. */
static unsigned int churn_check(const struct churn *c)
{
	unsigned int wrong = 0;
	phys_addr_t back;
	u8 *v;

	/* Answers that must never change. */
	wrong += xen_virt_to_phys(c->kbuf) != c->kbuf_phys;
	wrong += xen_virt_to_phys(c->vbuf) != c->vbuf_phys;
	wrong += xen_virt_to_dma(c->dev, c->kbuf) != c->kbuf_dma;
	wrong += xen_virt_to_dma(c->dev, c->vbuf) != c->vbuf_dma;
	wrong += xen_dma_to_phys(c->dev, c->kbuf_dma) != c->kbuf_phys;
	wrong += !xen_dma_capable(c->dev, c->kbuf_phys, 1);

	if (c->churn_frame)
		wrong += churn_check_frame(c);

	/* The vmap() that comes and goes: refused, or the offset kept. */
	v = READ_ONCE(c->vmapped);
	if (v) {
		back = xen_virt_to_phys(v + PAGE_SIZE + 3);
		wrong += back != NO_PHYS && offset_in_page(back) != 3;
	}
	return wrong;
}

static int churn_worker_fn(void *data)
{
	struct churn_worker *w = data;

	if (w->churn->adopt_test)
		current->kunit_test = w->churn->test;
	while (!kthread_should_stop()) {
		w->wrong += churn_check(w->churn);
		w->rounds++;
		cond_resched();
	}
	current->kunit_test = NULL;
	return 0;
}

static struct churn_worker *churn_start(struct kunit *test, struct churn *c)
{
	struct churn_worker *workers;
	unsigned int cpu;

	workers = kunit_kcalloc(test, nr_cpu_ids, sizeof(*workers), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, workers);
	for_each_online_cpu(cpu) {
		struct churn_worker *w = &workers[cpu];

		w->churn = c;
		w->task = kthread_create_on_cpu(churn_worker_fn, w, cpu, "xdx-churn/%u");
		if (IS_ERR(w->task)) {
			w->task = NULL;
			KUNIT_FAIL(test, "no worker on CPU %u", cpu);
			continue;
		}
		wake_up_process(w->task);
	}
	return workers;
}

/* Whether the test thread may stop changing things, after @round rounds. */
static bool churn_done(struct churn_worker *workers, unsigned int round,
		       unsigned long deadline)
{
	unsigned int cpu;

	if (round % 32 == 31)
		usleep_range(50, 100);
	else
		cond_resched();
	if (round < CHURN_ROUNDS)
		return false;
	if (time_after(jiffies, deadline))
		return true;
	for_each_online_cpu(cpu)
		if (workers[cpu].task && READ_ONCE(workers[cpu].rounds) < CHURN_WORKER_ROUNDS)
			return false;
	return true;
}

static void churn_stop(struct kunit *test, struct churn_worker *workers)
{
	unsigned int cpu;

	for_each_online_cpu(cpu) {
		struct churn_worker *w = &workers[cpu];

		if (!w->task)
			continue;
		kthread_stop(w->task);
		kunit_info(test, "CPU %u: %lu rounds, %lu wrong answers\n",
			   cpu, w->rounds, w->wrong);
		KUNIT_EXPECT_GE(test, w->rounds, CHURN_WORKER_ROUNDS);
		KUNIT_EXPECT_EQ(test, w->wrong, 0UL);
	}
}

/* The stable buffers and what they translate to, before any churn. */
static void churn_setup(struct kunit *test, struct churn *c)
{
	u8 *vbuf;

	c->test = test;
	c->dev = xlate_test_device(test, NULL, DMA_BIT_MASK(64), 0);
	c->kbuf = kunit_kmalloc(test, 64, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, c->kbuf);
	vbuf = vmalloc(2 * PAGE_SIZE);
	KUNIT_ASSERT_NOT_NULL(test, vbuf);
	c->vbuf = vbuf + PAGE_SIZE + 11;
	c->kbuf_phys = virt_to_phys((void *)c->kbuf);
	c->vbuf_phys = page_to_phys(vmalloc_to_page(c->vbuf)) + offset_in_page(c->vbuf);
	c->kbuf_dma = xlate_test_expected_bus(c->kbuf_phys);
	c->vbuf_dma = xlate_test_expected_bus(c->vbuf_phys);
	/* Far past RAM: no page uses these frames. */
	c->frames.pfn = XEN_PFN_DOWN(virt_to_phys(high_memory - 1)) +
			(CHURN_PAST_RAM >> XEN_PAGE_SHIFT);
	c->frames.bfn = c->frames.pfn + (CHURN_BUS_SHIFT >> XEN_PAGE_SHIFT);
}

static void churn_teardown(struct churn *c)
{
	vfree((void *)(c->vbuf - PAGE_SIZE - 11));
}

/*
 * The test thread maps and unmaps two pages with vmap(), checking each
 * mapping exactly, while the workers translate.
 */
static void concurrent_vmap(struct kunit *test)
{
	struct churn c = { };
	struct churn_worker *workers;
	struct page *pages[2];
	unsigned int round, wrong = 0;
	unsigned long deadline;

	churn_setup(test, &c);
	pages[0] = alloc_page(GFP_KERNEL);
	pages[1] = alloc_page(GFP_KERNEL);
	if (!pages[0] || !pages[1])
		goto out;

	workers = churn_start(test, &c);
	deadline = jiffies + CHURN_TIMEOUT;
	for (round = 0; !churn_done(workers, round, deadline); round++) {
		struct page *order[2] = { pages[round & 1], pages[!(round & 1)] };
		u8 *v = vmap(order, 2, VM_MAP, PAGE_KERNEL);

		if (!v) {
			wrong++;
			break;
		}
		WRITE_ONCE(c.vmapped, v);
		wrong += xen_virt_to_phys(v + PAGE_SIZE + 3) != page_to_phys(order[1]) + 3;
		wrong += xen_virt_to_page(v + 17) != order[0];
		WRITE_ONCE(c.vmapped, NULL);
		vunmap(v);
		/* vunmap() clears the ptes before it returns. */
		wrong += xen_virt_to_phys(v + PAGE_SIZE + 3) != NO_PHYS;
	}
	kunit_info(test, "%u vmap()/vunmap() rounds\n", round);
	churn_stop(test, workers);
	KUNIT_EXPECT_EQ(test, wrong, 0U);
out:
	KUNIT_EXPECT_NOT_NULL(test, pages[0]);
	KUNIT_EXPECT_NOT_NULL(test, pages[1]);
	if (pages[0])
		__free_page(pages[0]);
	if (pages[1])
		__free_page(pages[1]);
	churn_teardown(&c);
}

#ifdef CONFIG_ARM64
/* Under Xen on Arm: the entry comes and goes in the kernel's own tree. */
static bool churn_real_p2m(struct churn *c, bool map)
{
	return __set_phys_to_machine(c->frames.pfn,
				     map ? c->frames.bfn : INVALID_P2M_ENTRY);
}
#else
static bool churn_real_p2m(struct churn *c, bool map)
{
	return false;
}
#endif

/*
 * The test thread adds and removes a foreign frame behind one pfn, as a
 * grant mapping and unmapping does, while the workers translate.
 */
static void concurrent_p2m(struct kunit *test)
{
	bool real = IS_ENABLED(CONFIG_ARM64) && xen_domain();
	struct churn_p2m *fake;
	struct churn_worker *workers;
	struct churn c = { };
	unsigned int round, failed = 0;
	unsigned long deadline;

	churn_setup(test, &c);
	if (!real) {
		/* Workers act for the test, so they see its fake p2m. */
		fake = kunit_kzalloc(test, sizeof(*fake), GFP_KERNEL);
		KUNIT_ASSERT_NOT_NULL(test, fake);
		fake->ops.bus_frame = churn_bus_frame;
		fake->ops.local_frame = churn_local_frame;
		fake->frames = c.frames;
		KUNIT_ASSERT_EQ(test, xen_dma_xlate_test_use_p2m(test, &fake->ops), 0);
		c.adopt_test = true;
		/* The fake is the identity for the stable buffers. */
		c.kbuf_dma = c.kbuf_phys;
		c.vbuf_dma = c.vbuf_phys;
	}
	c.churn_frame = true;
	kunit_info(test, "%s p2m: pfn %#lx <-> bus frame %#lx\n",
		   real ? "Xen's" : "fake", c.frames.pfn, c.frames.bfn);

	workers = churn_start(test, &c);
	deadline = jiffies + CHURN_TIMEOUT;
	for (round = 0; !churn_done(workers, round, deadline); round++) {
		bool map = !(round & 1);

		if (real)
			failed += !churn_real_p2m(&c, map);
		else
			WRITE_ONCE(fake->mapped, map);
	}
	churn_stop(test, workers);
	kunit_info(test, "%u p2m changes\n", round);
	/* Remove the entry: back to the identity. */
	if (real)
		failed += !churn_real_p2m(&c, false);
	else
		WRITE_ONCE(fake->mapped, false);
	KUNIT_EXPECT_EQ(test, xen_phys_to_dma(c.dev, (phys_addr_t)c.frames.pfn << XEN_PAGE_SHIFT),
			(dma_addr_t)c.frames.pfn << XEN_PAGE_SHIFT);
	KUNIT_EXPECT_EQ(test, failed, 0U);
	churn_teardown(&c);
}

static struct kunit_case concurrency_test_cases[] = {
	KUNIT_CASE(concurrent_vmap),
	KUNIT_CASE(concurrent_p2m),
	{ }
};

static struct kunit_suite concurrency_test_suite = {
	.name = "xen-dma-xlate-concurrency",
	.test_cases = concurrency_test_cases,
};

kunit_test_suite(concurrency_test_suite);
