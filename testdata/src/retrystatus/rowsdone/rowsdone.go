// Package rowsdone: workers over pending rows whose success path gives
// the row a done state (Update("status", "…_charged"), UPDATE … SET
// state = 'sent') and whose failure path only logs and moves on to the
// next row. A refused write (400, 422, a declined card) leaves the row
// pending, so every pass sends it again, forever. Recording the failure
// on the row (a failed or declined state, an attempt counter the select
// caps, the row deleted or parked), stopping the worker, or selecting no
// pending state ends that.
package rowsdone

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"log/slog"
	"net/http"
	"time"

	"github.com/google/uuid"
	"github.com/jmoiron/sqlx"
	"github.com/robfig/cron/v3"
	"gorm.io/gorm"
)

type Fee struct {
	ID       uint
	Ref      string
	Token    string
	Minor    int64
	Currency string
	Status   string
}

// ErrRefused is returned for every 4xx.
var ErrRefused = errors.New("acquirer: refused")

type Acquirer struct {
	URL  string
	HTTP *http.Client
}

// Capture errs on every non-2xx: the worker must tell them apart.
func (a *Acquirer) Capture(ctx context.Context, f Fee) error {
	body, _ := json.Marshal(map[string]any{"token": f.Token, "amount": f.Minor, "currency": f.Currency})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.URL+"/v1/charges", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Idempotency-Key", "fee-"+f.Ref)
	resp, err := a.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 { // want `rowsdone.Acquirer.Capture \(POST /v1/charges\) is retried by a worker loop that re-selects pending rows \(line \d+\): every non-2xx status is retried, including 400/404/422`
		return fmt.Errorf("acquirer: status %d", resp.StatusCode)
	}
	return nil
}

// Charge forwards with a key of its own; ChargeWithKey is shared with
// callers that handle its refusals.
func (a *Acquirer) Charge(ctx context.Context, f Fee) error {
	return a.ChargeWithKey(ctx, uuid.NewString(), f)
}

// ChargeWithKey errs with ErrRefused on a 4xx, another error on a 5xx.
func (a *Acquirer) ChargeWithKey(ctx context.Context, key string, f Fee) error {
	body, _ := json.Marshal(map[string]any{"token": f.Token, "amount": f.Minor})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.URL+"/v1/charges", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Idempotency-Key", key)
	resp, err := a.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode >= 500:
		return fmt.Errorf("acquirer: %s", resp.Status)
	case resp.StatusCode >= 400:
		return fmt.Errorf("%w: %s", ErrRefused, resp.Status)
	}
	return nil
}

type Worker struct {
	DB  *gorm.DB
	SQL *sql.DB
	X   *sqlx.DB
	Acq *Acquirer
}

// --- flagged ---

// GORM, ticker: a compound pending state, the row updated on success
// only; a refused capture is logged and captured again next pass.
func (w *Worker) RunFees(ctx context.Context) {
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	for range t.C {
		var rows []Fee
		if err := w.DB.WithContext(ctx).Where("status = ?", "fee_pending").Find(&rows).Error; err != nil {
			continue
		}
		for _, f := range rows {
			if err := w.Acq.Capture(ctx, f); err != nil {
				log.Printf("fee %s: %v", f.Ref, err)
				continue
			}
			w.DB.Model(&f).Update("status", "fee_charged")
		}
	}
}

// sqlx, for {}: through a forwarder, reported at the worker's handling
// (ChargeWithKey's other callers may tell its refusals apart).
func (w *Worker) RunPenalties(ctx context.Context) {
	for {
		var rows []Fee
		_ = w.X.SelectContext(ctx, &rows, `SELECT id, ref, token, minor FROM fees WHERE state = 'penalty_pending'`)
		for _, f := range rows {
			err := w.Acq.Charge(ctx, f)
			if err != nil {
				slog.Warn("penalty not charged", "ref", f.Ref, "err", err) // want `rowsdone.Acquirer.Charge \(POST /v1/charges\) is retried by a worker loop that re-selects pending rows \(line \d+\): every non-2xx status is retried, including 400/404/409/422`
				continue
			}
			w.X.MustExecContext(ctx, `UPDATE fees SET state = 'penalty_charged' WHERE id = $1`, f.ID)
		}
		time.Sleep(10 * time.Minute)
	}
}

// --- silent ---

// Look-alikes call Charge: were they reported, it would be at their own
// failure handling, not at a condition shared with RunFees.

// GORM: a refusal is recorded on the row (a declined state); only 5xx
// and lost answers stay pending.
func (w *Worker) RunFeesDeclined(ctx context.Context) {
	for {
		var rows []Fee
		w.DB.Where("status = ?", "fee_pending").Find(&rows)
		for _, f := range rows {
			if err := w.Acq.Charge(ctx, f); err != nil {
				if errors.Is(err, ErrRefused) {
					w.DB.Model(&f).Update("status", "fee_declined")
				}
				log.Printf("fee %s: %v", f.Ref, err)
				continue
			}
			w.DB.Model(&f).Update("status", "fee_charged")
		}
		time.Sleep(time.Hour)
	}
}

// database/sql: a failure counts an attempt that the select caps.
func (w *Worker) RunCapped(ctx context.Context) {
	for {
		rows, err := w.SQL.QueryContext(ctx, `SELECT id, ref FROM fees WHERE status = 'fee_pending' AND attempts < 5`)
		if err != nil {
			time.Sleep(time.Minute)
			continue
		}
		for rows.Next() {
			var f Fee
			if rows.Scan(&f.ID, &f.Ref) != nil {
				continue
			}
			if err := w.Acq.Charge(ctx, f); err != nil {
				w.SQL.ExecContext(ctx, `UPDATE fees SET attempts = attempts + 1 WHERE id = $1`, f.ID)
				continue
			}
			w.SQL.ExecContext(ctx, `UPDATE fees SET status = 'fee_charged' WHERE id = $1`, f.ID)
		}
		rows.Close()
		time.Sleep(time.Minute)
	}
}

// sqlx: a failed row is parked for a person to look at.
func (w *Worker) RunParking(ctx context.Context) {
	for {
		var rows []Fee
		_ = w.X.SelectContext(ctx, &rows, `SELECT id, ref FROM fees WHERE state = 'penalty_pending'`)
		for _, f := range rows {
			if err := w.Acq.Charge(ctx, f); err != nil {
				w.X.MustExecContext(ctx, `DELETE FROM fees WHERE id = $1`, f.ID)
				w.X.MustExecContext(ctx, `INSERT INTO parked_fees (id) VALUES ($1)`, f.ID)
				continue
			}
			w.X.MustExecContext(ctx, `UPDATE fees SET state = 'penalty_charged' WHERE id = $1`, f.ID)
		}
		time.Sleep(10 * time.Minute)
	}
}

// The first failure stops the worker: nothing is sent again by it.
func (w *Worker) RunUntilFailure(ctx context.Context) {
	for {
		var rows []Fee
		w.DB.Where("status = ?", "fee_pending").Find(&rows)
		for _, f := range rows {
			if err := w.Acq.Charge(ctx, f); err != nil {
				log.Printf("fee %s: %v; stopping", f.Ref, err)
				return
			}
			w.DB.Model(&f).Update("status", "fee_charged")
		}
		time.Sleep(time.Hour)
	}
}

// A nightly report over every row: no pending state is selected, so a
// row charged (or refused) is not picked because it is still pending.
func (w *Worker) RunNightly(ctx context.Context) {
	for {
		var rows []Fee
		w.DB.Where("currency = ?", "EUR").Find(&rows)
		for _, f := range rows {
			if err := w.Acq.Charge(ctx, f); err != nil {
				log.Printf("fee %s: %v", f.Ref, err)
				continue
			}
			w.DB.Model(&f).Update("status", "reported")
		}
		time.Sleep(24 * time.Hour)
	}
}

// Mail is no payment: a pending email pushed again is not this rule's.
type Mail struct {
	ID int64
	To string
}

func (w *Worker) sendMail(ctx context.Context, m Mail) error {
	body, _ := json.Marshal(map[string]any{"to": m.To, "template": "receipt"})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "https://mail.example.com/v3/mail/send", bytes.NewReader(body))
	resp, err := w.Acq.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("mail: status %d", resp.StatusCode)
	}
	return nil
}

func (w *Worker) RunMail(ctx context.Context) {
	for {
		var rows []Mail
		_ = w.X.SelectContext(ctx, &rows, `SELECT id, "to" FROM emails WHERE status = 'email_pending'`)
		for _, m := range rows {
			if err := w.sendMail(ctx, m); err != nil {
				log.Printf("mail %d: %v", m.ID, err)
				continue
			}
			w.X.MustExecContext(ctx, `UPDATE emails SET status = 'sent' WHERE id = $1`, m.ID)
		}
		time.Sleep(time.Minute)
	}
}

// A store interface, run by cron: the refusal gets its own state from
// the worker; only other failures stay pending.
type FeeStore interface {
	PendingFees(ctx context.Context) ([]Fee, error)
	MarkCharged(ctx context.Context, id uint) error
	MarkDeclined(ctx context.Context, id uint) error
}

type CronJob struct {
	Store FeeStore
	Acq   *Acquirer
}

func (j *CronJob) chargeDue() {
	ctx := context.Background()
	fees, _ := j.Store.PendingFees(ctx)
	for _, f := range fees {
		err := j.Acq.ChargeWithKey(ctx, "fee-"+f.Ref, f)
		switch {
		case err == nil:
			j.Store.MarkCharged(ctx, f.ID)
		case errors.Is(err, ErrRefused):
			j.Store.MarkDeclined(ctx, f.ID)
		default:
			log.Printf("fee %s: %v", f.Ref, err)
		}
	}
}

func (j *CronJob) Schedule(c *cron.Cron) {
	c.AddFunc("@every 15m", j.chargeDue)
}
