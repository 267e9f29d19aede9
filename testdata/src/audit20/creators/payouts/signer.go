package payouts

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"audit20/creators/platform"
)

// TreasurySigner asks the internal signing service (backed by the KMS
// key of the treasury) to sign USDC transfers.
type TreasurySigner struct {
	base    string
	keyID   string
	chainID int64
	token   string
	addr    common.Address
	hc      *http.Client
}

// NewTreasurySigner builds a TreasurySigner for the key's address.
func NewTreasurySigner(base, token, keyID string, chainID int64, addr common.Address) *TreasurySigner {
	return &TreasurySigner{base: base, keyID: keyID, chainID: chainID, token: token, addr: addr, hc: platform.HTTPClient()}
}

// Address is the treasury address.
func (s *TreasurySigner) Address() common.Address { return s.addr }

// SignTransfer returns a signed ERC-20 transfer for the given nonce.
func (s *TreasurySigner) SignTransfer(ctx context.Context, nonce uint64, to common.Address, amount *big.Int) (*types.Transaction, error) {
	body, _ := json.Marshal(map[string]any{
		"key_id":   s.keyID,
		"chain_id": s.chainID,
		"nonce":    nonce,
		"to":       hex.EncodeToString(to[:]),
		"amount":   amount.String(),
		"kind":     "erc20_transfer",
	})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.base+"/v1/sign", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+s.token)
	resp, err := s.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, platform.ReadError("sign transfer", resp)
	}
	var out struct {
		RawTx string `json:"raw_tx"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	raw, err := hex.DecodeString(out.RawTx)
	if err != nil {
		return nil, fmt.Errorf("signer answered a bad transaction: %w", err)
	}
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(raw); err != nil {
		return nil, err
	}
	return tx, nil
}
