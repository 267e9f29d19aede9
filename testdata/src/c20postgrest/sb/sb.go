// Package sb is a print shop's hand-written Supabase client: its only
// database, reached through PostgREST over HTTP.
package sb

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
)

type DB struct {
	URL, Key string
	HC       *http.Client
}

type Order struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

func (d *DB) send(req *http.Request, out any) error {
	resp, err := d.HC.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("supabase: %d", resp.StatusCode)
	}
	if out == nil {
		return nil
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

// Order selects one print order by its checkout session.
func (d *DB) Order(session string) (*Order, error) {
	req, err := http.NewRequest(http.MethodGet, d.URL+"/rest/v1/print_orders?session_id=eq."+session+"&select=id,status", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+d.Key)
	var rows []Order
	resp, err := d.HC.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(&rows); err != nil || len(rows) == 0 {
		return nil, fmt.Errorf("order %s not found", session)
	}
	return &rows[0], nil
}

// MarkPaid updates the order's row (PATCH with a filter).
func (d *DB) MarkPaid(id string) error {
	url := fmt.Sprintf("%s/rest/v1/print_orders?id=eq.%s&status=eq.pending", d.URL, id)
	body, _ := json.Marshal(map[string]string{"status": "paid"})
	req, err := http.NewRequest(http.MethodPatch, url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+d.Key)
	resp, err := d.HC.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// LogPayment inserts a row: no filter, but Supabase's apikey header.
func (d *DB) LogPayment(id string, cents int64) error {
	body, _ := json.Marshal(map[string]any{"order_id": id, "amount": cents})
	req, err := http.NewRequest(http.MethodPost, d.URL+"/rest/v1/print_payments", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("apikey", d.Key)
	req.Header.Set("Prefer", "return=minimal")
	resp, err := d.HC.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Press is the print partner's REST API, which also lives under
// /rest/v1/: a job posted there is an external call.
type Press struct {
	HC *http.Client
}

func (p *Press) Submit(orderID string) error {
	body, _ := json.Marshal(map[string]string{"order": orderID})
	req, err := http.NewRequest(http.MethodPost, "https://press.example.com/rest/v1/jobs", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Token partner")
	resp, err := p.HC.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
