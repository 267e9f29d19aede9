// Package store keeps the marketplace's listings and sales in its Supabase
// project: every query goes to the app's own Postgres through PostgREST.
package store

import (
	"bytes"
	"encoding/json"
	"net/http"

	postgrest "github.com/supabase-community/postgrest-go"
)

type Sales struct {
	db *postgrest.Client
}

func New(db *postgrest.Client) *Sales { return &Sales{db: db} }

type Sale struct {
	ID        string `json:"id"`
	ListingID string `json:"listing_id"`
	Status    string `json:"status"`
}

// BySession loads the sale a checkout session paid for.
func (s *Sales) BySession(sessionID string) (*Sale, error) {
	var rows []Sale
	if _, err := s.db.From("sales").Select("*", "", false).Eq("checkout_session_id", sessionID).ExecuteTo(&rows); err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, nil
	}
	return &rows[0], nil
}

// MarkPaid stores the sale paid.
func (s *Sales) MarkPaid(id string) error {
	_, _, err := s.db.From("sales").Update(map[string]any{"status": "paid"}, "", "").Eq("id", id).Execute()
	return err
}

// TransferListing hands the listing over to its buyer in one database
// function (a stored procedure).
func (s *Sales) TransferListing(saleID string) string {
	return s.db.Rpc("transfer_listing", "", map[string]string{"sale_id": saleID})
}

// Escrow releases the seller's share through the escrow partner's API
// after storing the sale's state: the partner is a third party.
type Escrow struct {
	db   *postgrest.Client
	http *http.Client
}

func NewEscrow(db *postgrest.Client) *Escrow { return &Escrow{db: db, http: &http.Client{}} }

func (e *Escrow) Release(saleID string) error {
	if _, _, err := e.db.From("sales").Update(map[string]any{"escrow": "releasing"}, "", "").Eq("id", saleID).Execute(); err != nil {
		return err
	}
	body, _ := json.Marshal(map[string]string{"reference": saleID})
	req, err := http.NewRequest("POST", "https://api.escrow-partner.example/v2/releases", bytes.NewReader(body))
	if err != nil {
		return err
	}
	resp, err := e.http.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
