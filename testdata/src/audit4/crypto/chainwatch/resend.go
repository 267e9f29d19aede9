package chainwatch

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// Signer signs a hot-wallet transfer with the given nonce.
type Signer interface {
	SignTransfer(nonce uint64, to common.Address, weiAmount string) (*types.Transaction, error)
}

// SendHot re-reads the pending nonce and re-signs on every attempt: a
// timeout after the node accepted the first tx sends the coins twice.
func SendHot(ctx context.Context, eth *ethclient.Client, s Signer, from, to common.Address, wei string) error {
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		nonce, nerr := eth.PendingNonceAt(ctx, from) // idempotency (reported at the SendTransaction below): each attempt re-reads the pending nonce and re-signs a new tx, so a send that timed out after the node accepted it pays twice (the nonce/signed tx is the key and must be made once)
		if nerr != nil {
			return nerr
		}
		tx, serr := s.SignTransfer(nonce, to, wei)
		if serr != nil {
			return serr
		}
		if err = eth.SendTransaction(ctx, tx); err == nil { // want "\\[idempotency\\] ethclient.Client.SendTransaction is retried by a for loop .line 22. with a nonce read anew on every attempt .eth.PendingNonceAt.ctx, from., line 23."
			return nil
		}
		time.Sleep(2 * time.Second << attempt)
	}
	return fmt.Errorf("send hot: %w", err)
}

// ResendSigned rebroadcasts one signed tx: same hash every time, so the
// node drops duplicates.
func ResendSigned(ctx context.Context, eth *ethclient.Client, tx *types.Transaction) error {
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		if err = eth.SendTransaction(ctx, tx); err == nil {
			return nil
		}
		time.Sleep(2 * time.Second << attempt)
	}
	return err
}
