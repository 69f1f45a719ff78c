package sqlite

import (
	"os"
	"syscall"
)

// fdatasync flushes f's data and the metadata needed to read it back
// (its size), as SQLite does on Linux.
func fdatasync(f *os.File) error {
	sc, err := f.SyscallConn()
	if err != nil {
		return err
	}
	var serr error
	if err := sc.Control(func(fd uintptr) { serr = syscall.Fdatasync(int(fd)) }); err != nil {
		return err
	}
	return serr
}
