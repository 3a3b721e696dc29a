// /usr/include on the BSD machine: a few of the system's headers with small, plausible contents
// (the lab's own text in the 4.4BSD style: include guards, __P() prototypes, <sys/cdefs.h>), so
// that the seed's example — mount_loopback /usr/include /dev/layer/null, then a look at
// sys/types.h through the copy — has real files to show. Not the BSD/OS headers themselves.

import { CDEFS, ERRNO, MOUNT, PARAM, STAT, TYPES } from "./include-sys.js";

const STDIO = `#ifndef	_STDIO_H_
#define	_STDIO_H_

#include <sys/cdefs.h>
#include <machine/ansi.h>

#ifdef	_BSD_SIZE_T_
typedef	_BSD_SIZE_T_	size_t;
#undef	_BSD_SIZE_T_
#endif

#ifndef NULL
#define	NULL	0
#endif

typedef	off_t fpos_t;

#define	BUFSIZ	1024		/* size of buffer used by setbuf */
#define	EOF	(-1)

#define	FOPEN_MAX	20	/* must be <= OPEN_MAX <sys/syslimits.h> */
#define	FILENAME_MAX	1024	/* must be <= PATH_MAX <sys/syslimits.h> */

#define	SEEK_SET	0	/* set file offset to offset */
#define	SEEK_CUR	1	/* set file offset to current plus offset */
#define	SEEK_END	2	/* set file offset to EOF plus offset */

typedef	struct __sFILE FILE;

extern FILE __sF[];

#define	stdin	(&__sF[0])
#define	stdout	(&__sF[1])
#define	stderr	(&__sF[2])

__BEGIN_DECLS
void	 clearerr __P((FILE *));
int	 fclose __P((FILE *));
int	 feof __P((FILE *));
int	 ferror __P((FILE *));
int	 fflush __P((FILE *));
int	 fgetc __P((FILE *));
char	*fgets __P((char *, size_t, FILE *));
FILE	*fopen __P((const char *, const char *));
int	 fprintf __P((FILE *, const char *, ...));
int	 fputc __P((int, FILE *));
int	 fputs __P((const char *, FILE *));
size_t	 fread __P((void *, size_t, size_t, FILE *));
size_t	 fwrite __P((const void *, size_t, size_t, FILE *));
int	 getchar __P((void));
void	 perror __P((const char *));
int	 printf __P((const char *, ...));
int	 putchar __P((int));
int	 puts __P((const char *));
int	 remove __P((const char *));
int	 rename  __P((const char *, const char *));
int	 scanf __P((const char *, ...));
int	 sprintf __P((char *, const char *, ...));
int	 snprintf __P((char *, size_t, const char *, ...));
__END_DECLS

#endif /* _STDIO_H_ */
`;

const STDLIB = `#ifndef _STDLIB_H_
#define _STDLIB_H_

#include <sys/cdefs.h>
#include <machine/ansi.h>

#define	EXIT_FAILURE	1
#define	EXIT_SUCCESS	0

#define	RAND_MAX	0x7fffffff

__BEGIN_DECLS
void	 abort __P((void));
int	 abs __P((int));
int	 atoi __P((const char *));
long	 atol __P((const char *));
void	*calloc __P((size_t, size_t));
void	 exit __P((int));
void	 free __P((void *));
char	*getenv __P((const char *));
void	*malloc __P((size_t));
void	 qsort __P((void *, size_t, size_t, int (*)(const void *, const void *)));
int	 rand __P((void));
void	*realloc __P((void *, size_t));
void	 srand __P((unsigned));
long	 strtol __P((const char *, char **, int));
int	 system __P((const char *));
char	*realpath __P((const char *, char resolved_path[]));
__END_DECLS

#endif /* _STDLIB_H_ */
`;

const STRING = `#ifndef _STRING_H_
#define	_STRING_H_

#include <sys/cdefs.h>
#include <machine/ansi.h>

__BEGIN_DECLS
void	*memchr __P((const void *, int, size_t));
int	 memcmp __P((const void *, const void *, size_t));
void	*memcpy __P((void *, const void *, size_t));
void	*memset __P((void *, int, size_t));
char	*strcat __P((char *, const char *));
char	*strchr __P((const char *, int));
int	 strcmp __P((const char *, const char *));
char	*strcpy __P((char *, const char *));
char	*strerror __P((int));
size_t	 strlen __P((const char *));
int	 strncmp __P((const char *, const char *, size_t));
char	*strncpy __P((char *, const char *, size_t));
char	*strrchr __P((const char *, int));
char	*strdup __P((const char *));
char	*strsep __P((char **, const char *));
__END_DECLS

#endif /* _STRING_H_ */
`;

const UNISTD = `#ifndef _UNISTD_H_
#define	_UNISTD_H_

#include <sys/cdefs.h>
#include <sys/types.h>
#include <sys/unistd.h>

#define	 STDIN_FILENO	0	/* standard input file descriptor */
#define	STDOUT_FILENO	1	/* standard output file descriptor */
#define	STDERR_FILENO	2	/* standard error file descriptor */

__BEGIN_DECLS
int	 access __P((const char *, int));
int	 chdir __P((const char *));
int	 chown __P((const char *, uid_t, gid_t));
int	 close __P((int));
int	 dup __P((int));
int	 dup2 __P((int, int));
int	 execv __P((const char *, char * const *));
pid_t	 fork __P((void));
char	*getcwd __P((char *, size_t));
gid_t	 getgid __P((void));
pid_t	 getpid __P((void));
uid_t	 getuid __P((void));
int	 link __P((const char *, const char *));
off_t	 lseek __P((int, off_t, int));
ssize_t	 read __P((int, void *, size_t));
int	 rmdir __P((const char *));
unsigned sleep __P((unsigned));
int	 unlink __P((const char *));
ssize_t	 write __P((int, const void *, size_t));
int	 getopt __P((int, char * const [], const char *));
char	*getwd __P((char *));
int	 readlink __P((const char *, char *, int));
int	 symlink __P((const char *, const char *));
__END_DECLS

#endif /* !_UNISTD_H_ */
`;

const PATHS = `#ifndef _PATHS_H_
#define	_PATHS_H_

/* Default search path. */
#define	_PATH_DEFPATH	"/usr/bin:/bin"
/* All standard utilities path. */
#define	_PATH_STDPATH \\
	"/usr/bin:/bin:/usr/sbin:/sbin:/usr/contrib/bin:/usr/local/bin"

#define	_PATH_BSHELL	"/bin/sh"
#define	_PATH_CONSOLE	"/dev/console"
#define	_PATH_CSHELL	"/bin/csh"
#define	_PATH_DEVDB	"/var/run/dev.db"
#define	_PATH_DEVNULL	"/dev/null"
#define	_PATH_DRUM	"/dev/drum"
#define	_PATH_FSTAB	"/etc/fstab"
#define	_PATH_KMEM	"/dev/kmem"
#define	_PATH_MAILDIR	"/var/mail"
#define	_PATH_MAN	"/usr/share/man"
#define	_PATH_MEM	"/dev/mem"
#define	_PATH_NOLOGIN	"/etc/nologin"
#define	_PATH_SENDMAIL	"/usr/sbin/sendmail"
#define	_PATH_SHELLS	"/etc/shells"
#define	_PATH_TTY	"/dev/tty"
#define	_PATH_UNIX	"/bsd"
#define	_PATH_VI	"/usr/bin/vi"

/* Provide trailing slash, since mostly used for building pathnames. */
#define	_PATH_DEV	"/dev/"
#define	_PATH_TMP	"/tmp/"
#define	_PATH_VARDB	"/var/db/"
#define	_PATH_VARRUN	"/var/run/"
#define	_PATH_VARTMP	"/var/tmp/"

#endif /* !_PATHS_H_ */
`;

const FSTAB = `#ifndef _FSTAB_H_
#define _FSTAB_H_

#define	_PATH_FSTAB	"/etc/fstab"
#define	FSTAB		"/etc/fstab"	/* deprecated */

#define	FSTAB_RW	"rw"		/* read/write device */
#define	FSTAB_RQ	"rq"		/* read/write with quotas */
#define	FSTAB_RO	"ro"		/* read-only device */
#define	FSTAB_SW	"sw"		/* swap device */
#define	FSTAB_XX	"xx"		/* ignore totally */

struct fstab {
	char	*fs_spec;		/* block special device name */
	char	*fs_file;		/* file system path prefix */
	char	*fs_vfstype;		/* File system type, ufs, nfs */
	char	*fs_mntops;		/* Mount options ala -o */
	char	*fs_type;		/* FSTAB_* from fs_mntops */
	int	fs_freq;		/* dump frequency, in days */
	int	fs_passno;		/* pass number on parallel dump */
};

#include <sys/cdefs.h>

__BEGIN_DECLS
struct fstab *getfsent __P((void));
struct fstab *getfsspec __P((const char *));
struct fstab *getfsfile __P((const char *));
int setfsent __P((void));
void endfsent __P((void));
__END_DECLS

#endif /* !_FSTAB_H_ */
`;

const ERR = `#ifndef _ERR_H_
#define	_ERR_H_

#include <machine/ansi.h>
#include <sys/cdefs.h>

__BEGIN_DECLS
void	err __P((int, const char *, ...));
void	verr __P((int, const char *, _BSD_VA_LIST_));
void	errx __P((int, const char *, ...));
void	verrx __P((int, const char *, _BSD_VA_LIST_));
void	warn __P((const char *, ...));
void	vwarn __P((const char *, _BSD_VA_LIST_));
void	warnx __P((const char *, ...));
void	vwarnx __P((const char *, _BSD_VA_LIST_));
__END_DECLS

#endif /* !_ERR_H_ */
`;

/** path under /usr/include → contents */
export const INCLUDE_FILES: Readonly<Record<string, string>> = {
  "sys/cdefs.h": CDEFS,
  "sys/types.h": TYPES,
  "sys/param.h": PARAM,
  "sys/stat.h": STAT,
  "sys/mount.h": MOUNT,
  "sys/errno.h": ERRNO,
  "stdio.h": STDIO,
  "stdlib.h": STDLIB,
  "string.h": STRING,
  "unistd.h": UNISTD,
  "paths.h": PATHS,
  "fstab.h": FSTAB,
  "err.h": ERR,
  "errno.h": "#include <sys/errno.h>\n",
};

/** directories of /usr/include with no file of the lab's in them (the tree looks whole) */
export const INCLUDE_DIRS = ["arpa", "machine", "miscfs/nullfs", "miscfs/umapfs", "net", "netinet", "protocols", "ufs/ffs", "ufs/ufs", "isofs/cd9660", "vm"];
