// Package matchgiving runs matched-giving campaigns: every card donation
// to a campaign is matched by a corporate sponsor up to a cap, and the
// campaign page shows the running total.
package matchgiving

import (
	"database/sql"
	"net/http"

	"github.com/hibiken/asynq"
)

// Server holds the campaign endpoints.
type Server struct {
	db       *sql.DB
	secret   string
	receipts *ReceiptClient
	queue    *asynq.Client
}

// NewServer wires the server.
func NewServer(db *sql.DB, secret string, receipts *ReceiptClient, queue *asynq.Client) *Server {
	return &Server{db: db, secret: secret, receipts: receipts, queue: queue}
}

// Handler registers the routes.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /stripe/match-events", s.matchEvents)
	mux.HandleFunc("POST /stripe/recurring-events", s.recurringEvents)
	mux.HandleFunc("GET /campaigns/{id}/total", s.total)
	return mux
}

func (s *Server) total(w http.ResponseWriter, r *http.Request) {
	var raised int64
	if err := s.db.QueryRowContext(r.Context(), `SELECT raised_pence FROM campaigns WHERE id = $1`, r.PathValue("id")).Scan(&raised); err != nil {
		http.NotFound(w, r)
		return
	}
	_, _ = w.Write([]byte(http.StatusText(http.StatusOK)))
}
