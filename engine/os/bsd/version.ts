// The kernel's version string (sysctl kern.version), which uname -v and the motd show. The build
// date and host are the lab's (no BSD/OS 4.3 GENERIC kernel's string was found): docs/fidelity/bsd.md.
export const KERNEL_VERSION = "BSDI BSD/OS 4.3 Kernel #0: Thu Jan 30 16:28:37 MST 2003\n    polk@demo.BSDI.COM:/usr/src/sys/compile/GENERIC\n";
