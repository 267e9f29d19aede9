// Package lightning lets attendees tip bar crews over Lightning: the bar
// tablet shows an invoice made by the crew's node, and the tip is booked to
// the crew's jar once the invoice settles.
package lightning

import (
	"context"
	"encoding/hex"
	"log/slog"
	"time"

	"github.com/lightningnetwork/lnd/lnrpc"
	"github.com/uptrace/bun"
)

// Jar books settled tips.
type Jar struct {
	db *bun.DB
}

// NewJar makes the tip jar store.
func NewJar(db *bun.DB) *Jar { return &Jar{db: db} }

// Book records a settled invoice once (the hash is the primary key).
func (j *Jar) Book(ctx context.Context, crewID, hash string, sats int64) error {
	_, err := j.db.NewInsert().Table("crew_tips").
		Value("crew_id", "?", crewID).
		Value("r_hash", "?", hash).
		Value("sats", "?", sats).
		On("CONFLICT (r_hash) DO NOTHING").
		Exec(ctx)
	return err
}

// Tips watches tip invoices on the crews' node.
type Tips struct {
	ln  lnrpc.LightningClient
	jar *Jar
	log *slog.Logger
}

// NewTips wires the watcher.
func NewTips(ln lnrpc.LightningClient, jar *Jar, log *slog.Logger) *Tips {
	return &Tips{ln: ln, jar: jar, log: log}
}

// Watch waits for a tip invoice to be paid and books it. It is started in
// its own goroutine when the bar tablet shows the QR code.
func (t *Tips) Watch(crewID string, rHash []byte, sats int64) {
	hash := hex.EncodeToString(rHash)
	for { // want "\\[pollbound\\] loop polling payment rHash stops only when the payment succeeds \\(line 62\\):"
		inv, err := t.ln.LookupInvoice(context.Background(), &lnrpc.PaymentHash{RHash: rHash})
		if err != nil {
			t.log.Warn("lookup invoice", "hash", hash, "err", err)
			time.Sleep(5 * time.Second)
			continue
		}
		if inv.State == lnrpc.Invoice_SETTLED {
			if err := t.jar.Book(context.Background(), crewID, hash, sats); err != nil {
				t.log.Error("book tip", "hash", hash, "err", err)
			}
			return
		}
		time.Sleep(5 * time.Second)
	}
}
