package chain

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// HSMSigner has the signing service sign treasury USDC transfers; it
// never broadcasts.
type HSMSigner struct {
	from common.Address
	url  string
}

func NewHSMSigner(from common.Address, url string) *HSMSigner {
	return &HSMSigner{from: from, url: url}
}

func (s *HSMSigner) Address() common.Address { return s.from }

func (s *HSMSigner) SignTransfer(nonce uint64, to common.Address, amount *big.Int) (*types.Transaction, error) {
	body, _ := json.Marshal(map[string]any{"nonce": nonce, "to": fmt.Sprintf("%x", to), "amount": amount.String()})
	resp, err := http.Post(s.url+"/v1/sign/usdc-transfer", "application/json", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	tx := new(types.Transaction)
	return tx, json.NewDecoder(resp.Body).Decode(tx)
}
