package chain

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// KMSSigner asks the signing service, which holds the treasury key, to build
// and sign a transaction.
type KMSSigner struct {
	url     string
	chainID int64
	gas     uint64
	hc      *http.Client
}

// NewKMSSigner returns a signer for chainID.
func NewKMSSigner(url string, chainID int64) *KMSSigner {
	return &KMSSigner{url: url, chainID: chainID, gas: 90_000, hc: &http.Client{Timeout: 5 * time.Second}}
}

// SignTx signs a call to `to` carrying data at nonce.
func (s *KMSSigner) SignTx(ctx context.Context, nonce uint64, to common.Address, data []byte) (*types.Transaction, error) {
	body, _ := json.Marshal(map[string]any{
		"chain_id": s.chainID,
		"nonce":    nonce,
		"to":       hex.EncodeToString(to[:]),
		"gas":      s.gas,
		"data":     hex.EncodeToString(data),
	})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.url+"/sign", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	resp, err := s.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("kms: %s", resp.Status)
	}
	var out struct {
		Raw string `json:"raw"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	raw, err := hex.DecodeString(out.Raw)
	if err != nil {
		return nil, err
	}
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(raw); err != nil {
		return nil, err
	}
	return tx, nil
}
