package chain

import (
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// RemoteSigner delegates signing to the custody service; Sign gets the
// ABI-encoded USDC transfer call data and answers a signed transaction.
type RemoteSigner struct {
	Address common.Address
	Token   common.Address
	Sign    func(nonce uint64, to common.Address, data []byte) (*types.Transaction, error)
}

// From is the treasury address.
func (s *RemoteSigner) From() common.Address { return s.Address }

// SignTransfer signs transfer(to, amount) on the USDC contract.
func (s *RemoteSigner) SignTransfer(nonce uint64, to common.Address, amount *big.Int) (*types.Transaction, error) {
	if s.Sign == nil {
		return nil, errors.New("chain: no custody signer configured")
	}
	data := make([]byte, 0, 68)
	data = append(data, 0xa9, 0x05, 0x9c, 0xbb) // transfer(address,uint256)
	data = append(data, leftPad(to[:], 32)...)
	data = append(data, leftPad(amount.Bytes(), 32)...)
	return s.Sign(nonce, s.Token, data)
}

func leftPad(b []byte, n int) []byte {
	if len(b) >= n {
		return b
	}
	out := make([]byte, n)
	copy(out[n-len(b):], b)
	return out
}
