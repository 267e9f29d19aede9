// Package ulid is a test stub of github.com/oklog/ulid/v2 (trimmed; v2.1.2).
package ulid

import (
	"io"
	"time"
)

type ULID [16]byte

type MonotonicEntropy struct{ io.Reader }

func New(ms uint64, entropy io.Reader) (id ULID, err error)     { panic("stub") }
func MustNew(ms uint64, entropy io.Reader) ULID                 { panic("stub") }
func DefaultEntropy() io.Reader                                 { panic("stub") }
func Make() (id ULID)                                           { panic("stub") }
func Parse(ulid string) (id ULID, err error)                    { panic("stub") }
func MustParse(ulid string) ULID                                { panic("stub") }
func (id ULID) String() string                                  { panic("stub") }
func Now() uint64                                               { panic("stub") }
func Timestamp(t time.Time) uint64                              { panic("stub") }
func Monotonic(entropy io.Reader, inc uint64) *MonotonicEntropy { panic("stub") }
