/* SPDX-License-Identifier: GPL-2.0 */
/*
 * How the end-to-end and series test drivers report: KTAP, the format
 * KUnit prints, so that one parser (tests/lib/ktap-results) reads every
 * log.  A driver's results form one KTAP document whose plan comes last:
 *
 *   xen-dma-xlate-e2e: KTAP version 1
 *   xen-dma-xlate-e2e: ok 1 <name> # <details>
 *   xen-dma-xlate-e2e: not ok 2 <name> # <details>
 *   xen-dma-xlate-e2e: ok 3 <name> # SKIP <details>
 *   xen-dma-xlate-e2e: 1..3
 *
 * A log without the closing plan line was cut short (dom0 crashed or
 * hung) and fails as a whole.
 */
#ifndef _XEN_DMA_XLATE_E2E_REPORT_H
#define _XEN_DMA_XLATE_E2E_REPORT_H

#include <linux/printk.h>

#define E2E_PREFIX	"xen-dma-xlate-e2e: "

enum e2e_result { E2E_PASS, E2E_FAIL, E2E_SKIP };

void e2e_ktap_begin(void);
void e2e_report(const char *name, enum e2e_result res, const char *fmt, ...)
	__printf(3, 4);
void e2e_ktap_end(void);

#endif /* _XEN_DMA_XLATE_E2E_REPORT_H */
