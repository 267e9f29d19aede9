package credit

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"audit16/hosting/store"
)

// USDCWatcher grants credit for USDC transfers once they are deep enough.
type USDCWatcher struct {
	eth    *ethclient.Client
	ledger *store.Ledger
	every  time.Duration
}

func NewUSDCWatcher(eth *ethclient.Client, ledger *store.Ledger) *USDCWatcher {
	return &USDCWatcher{eth: eth, ledger: ledger, every: 15 * time.Second}
}

// Await follows the transfer of a top-up until it has enough
// confirmations, then grants the credit. Top-ups reach it from the
// deposit indexer, which matched the USDC Transfer log to the account's
// deposit address and the quoted amount.
func (u *USDCWatcher) Await(ctx context.Context, t store.TopUp) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Hour)
	defer cancel()
	hash := common.HexToHash(t.TxHash)
	tick := time.NewTicker(u.every)
	defer tick.Stop()
	for { // want "\\[pollbound\\] loop polling payment hash stops only when the payment succeeds"
		select {
		case <-ctx.Done():
			return fmt.Errorf("usdc top-up %s: %w", t.ID, ctx.Err())
		case <-tick.C:
		}
		rcpt, err := u.eth.TransactionReceipt(ctx, hash)
		if err != nil {
			continue
		}
		head, err := u.eth.BlockNumber(ctx)
		if err != nil {
			log.Printf("usdc: block number: %v", err)
			continue
		}
		if rcpt.Status == types.ReceiptStatusSuccessful && head >= rcpt.BlockNumber.Uint64()+usdcConfirmations {
			return Grant(ctx, u.ledger, t)
		}
	}
}
