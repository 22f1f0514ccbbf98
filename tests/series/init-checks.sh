# /init of tests/series/boot checks: the series' checks run in insmod.
[ -f /lib/modules/xen-dma-xlate.ko ] && insmod /lib/modules/xen-dma-xlate.ko
insmod /lib/modules/xen-dma-series.ko && rmmod xen-dma-series
