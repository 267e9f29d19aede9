// Package uuid is a test stub of github.com/google/uuid (trimmed; v1.6.0).
package uuid

import "io"

type UUID [16]byte

var Nil UUID

func Parse(s string) (UUID, error)                  { panic("stub") }
func MustParse(s string) UUID                       { panic("stub") }
func Must(uuid UUID, err error) UUID                { panic("stub") }
func (uuid UUID) String() string                    { panic("stub") }
func NewUUID() (UUID, error)                        { panic("stub") }
func New() UUID                                     { panic("stub") }
func NewString() string                             { panic("stub") }
func NewRandom() (UUID, error)                      { panic("stub") }
func NewRandomFromReader(r io.Reader) (UUID, error) { panic("stub") }
func NewV6() (UUID, error)                          { panic("stub") }
func NewV7() (UUID, error)                          { panic("stub") }
func NewMD5(space UUID, data []byte) UUID           { panic("stub") }
func NewSHA1(space UUID, data []byte) UUID          { panic("stub") }

var NameSpaceURL UUID
