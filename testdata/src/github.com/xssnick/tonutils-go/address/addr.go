// Package address is a stub of github.com/xssnick/tonutils-go/address
// (v1.12.0): only what paylint's tests use.
package address

// Address is a TON account address.
type Address struct{}

func ParseAddr(addr string) (*Address, error) { panic("stub") }
func MustParseAddr(addr string) *Address      { panic("stub") }

func (a *Address) String() string     { panic("stub") }
func (a *Address) IsBounceable() bool { panic("stub") }
