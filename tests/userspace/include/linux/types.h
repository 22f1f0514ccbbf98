/* SPDX-License-Identifier: GPL-2.0 */
/* Userspace shim: the few kernel types the library uses. */
#ifndef _XDX_SHIM_TYPES_H
#define _XDX_SHIM_TYPES_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
typedef uint8_t u8;
typedef uint32_t u32;
typedef uint64_t u64;
typedef u64 phys_addr_t;	/* CONFIG_PHYS_ADDR_T_64BIT */
typedef u64 dma_addr_t;		/* CONFIG_ARCH_DMA_ADDR_T_64BIT */
#endif
