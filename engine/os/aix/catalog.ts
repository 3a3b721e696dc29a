// AIX catalog entries for the AIX-only commands (engine/userland/aix). Every entry is listed with
// its source and confidence in docs/fidelity/aix.md (looplab explain TEXT finds it).
export const aixCatalog: Record<string, string> = {

  "loopmount.usage": "Usage: loopmount { -i imagefile | -l device } [-o mount options -m mountpoint ]",
  "loopumount.usage": "Usage: loopumount { -i imagefile | -l device } [-o umount options -m mountpoint ]",
  "loop.noimage": "1320-002 %s: Cannot access the image file %s.",
  "loop.nodevice": "1320-003 %s: Specified loopback device is not found in ODM Customized Database",
  "loop.inuse": "1320-004 %s: The image file %s is already associated with the loopback device %s.",
  "loop.wpar": "1320-005 %s: Loopback devices are not supported in a workload partition.",
  "loop.unbound": "1320-006 %s: No image file is associated with the loopback device %s.",
  "loopmount.failed": "1320-007 loopmount: Failed to mount the imagefile",
  "loopumount.failed": "1320-008 loopumount: Failed to unmount the imagefile",
  "loopumount.notmounted": "1320-009 loopumount: The loopback device %s is not mounted.",

  "cfg.available": "%s Available",
  "cfg.defined": "%s Defined",
  "cfg.deleted": "%s deleted",
  "cfg.changed": "%s changed",
  "cfg.nopd": "%s: 0514-520 Cannot find information in the predefined device\n\tconfiguration database for the following:\n\t%s",
  "cfg.nocudv.criteria": "%s: 0514-519 The following device was not found in the customized\n\tdevice configuration database:\n\tname = '%s'",
  "cfg.nocudv.name": "%s: 0514-519 The following device was not found in the customized\n\tdevice configuration database:\n\t%s",
  "cfg.busy": "Method error (%s):\n\t0514-062 Cannot perform the requested function because the\n\t         specified device is busy.",
  "cfg.badattr": "Method error (%s):\n\t0514-018 The values specified for the following attributes \n\t         are not valid:\n\t%s",
  "cfg.exists": "Method error (%s):\n\t0514-021 The specified device name is already in use.",
  "cfg.wpar": "%s: 0514-040 Error initializing a device into the kernel.",
  "mkdev.usage": "%s: 0514-502 Usage error - \n\tFlag or parameter information is missing: -t | -c | -s | -l.",
  "mkdev.usagetext":
    "Usage:\nmkdev {-c Class -s Subclass -t Type} [-l Name] [-a Attribute=Value]...\n\t[-d | -S | -R] [-f File] [-h] [-p ParentName] [-q] [-w ConnectionLocation]\nmkdev -l Name [-h] [-q] [-S]",
  "rmdev.usage": "Usage:\nrmdev {-l Name | -p Name} [-d | -S] [-f File] [-h] [-q] [-R] [-g]",
  "chdev.usage": "Usage:\nchdev -l Name [-a Attribute=Value]... [-f File] [-h] [-p ParentName]\n\t[-w ConnectionLocation] [-P | -T | -U] [-q] [-g]",
  "lsdev.usage":
    "Usage:\nlsdev -C [-c Class] [-s Subclass] [-t Type] [-f File] [-F Format | -r ColumnName]\n\t[-h] [-H] [-l {Name | -}] [-p Parent] [-S State] [-x]\nlsdev -P [-c Class] [-s Subclass] [-t Type] [-f File] [-F Format | -r ColumnName]\n\t[-h] [-H] [-x]",
  "lsattr.usage":
    "Usage:\nlsattr -D [-O] [-l Name] [-c Class -s Subclass -t Type] [-a Attribute]... [-F Format | -R] [-f File] [-h] [-H]\nlsattr -E [-O] -l Name [-a Attribute]... [-F Format] [-f File] [-h] [-H]\nlsattr -R -l Name -a Attribute [-f File] [-h] [-H]",
  "lsattr.noattr": "%s: 0514-528 The \"%s\" attribute does not exist in the predefined\n\tdevice configuration database.",

  "odmget.usage": "0518-501 usage: odmget [-q criteria] {Classname . . . } \n\tRetrieves objects from an object class.",
  "odmget.noclass": "0518-506 odmget: Cannot open object class %s\n\tCheck path name and permissions.",
  "odmget.badcriteria": "0518-507 odmget: The specified search criteria is incorrectly formed.\n\tMake sure the criteria contains only valid descriptor names and\n\tthe search values are correct.",

  "mount.usage": "Usage: mount [-fipr] [-n Node] [-o Options] [-t Type] [-{v|V} Vfs]\n\t[-a | all | [[Node:]Device] [Directory]]",
  "mount.cannot": "mount: 0506-324 Cannot mount %s on %s: %s",
  "mount.unknownfs": "mount: 0506-334 %s is not a known file system.",
  "mount.unknownvfs": "mount: 0506-317 %s is not a known vfs type.",
  "mount.nolog": "mount: 0506-323 Cannot get information about log device %s.",
  "mount.header": "  node       mounted        mounted over    vfs       date        options      \n-------- ---------------  ---------------  ------ ------------ --------------- ",
  "umount.usage": "Usage: umount [-sf] {-a|-n Node|-t Type|all|allr|Device|File|Directory|Filesystem}",
  "umount.nothing": "umount: 0506-347 Cannot find anything to unmount.",
  "umount.cannot": "umount: 0506-349 Cannot unmount %s: %s",

  "df.usage": "Usage: df [-P] | [-IMitv] [-c] [-k] [-m] [-g] [-s] [filesystem ...] [file ...]",
  "df.cannot": "df: %s: %s",
  "df.header.512": "Filesystem    512-blocks      Free %Used    Iused %Iused Mounted on",
  "df.header.k": "Filesystem    1024-blocks      Free %Used    Iused %Iused Mounted on",
  "df.header.m": "Filesystem    MB blocks      Free %Used    Iused %Iused Mounted on",
  "df.header.g": "Filesystem    GB blocks      Free %Used    Iused %Iused Mounted on",
  "df.header.I.512": "Filesystem    512-blocks      Used      Free %Used Mounted on",
  "df.header.I.k": "Filesystem    1024-blocks      Used      Free %Used Mounted on",
  "df.header.I.m": "Filesystem    MB blocks      Used      Free %Used Mounted on",
  "df.header.I.g": "Filesystem    GB blocks      Used      Free %Used Mounted on",

  "varyonvg.usage": "0516-1202 varyonvg: Usage: varyonvg [-b] [-c] [-f] [-M ltg] [-n] [-p] [-r] [-s] [-t] [-u] [-O]\n\tVolumeGroup",
  "varyonvg.novg": "0516-306 varyonvg: Unable to find volume group %s in the Device\n\tConfiguration Database.",
  "varyonvg.loop": "0516-1775 varyonvg: Volume groups are not supported on loopback device %s.",

  "oslevel.level": "7.2.0.0",
  "oslevel.s": "7200-05-03-2148",
  "oslevel.usage": "Usage: oslevel [-l Level | -g Level | -q] [-r | -s]",

  "attr.loopback.filename": "Image file bound to the device",
  "attr.loopback.temporary": "Device created implicitly by loopmount",
};
