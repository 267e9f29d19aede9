package topupcredit

import (
	"database/sql"
	"encoding/json"
	"net/http"
)

// PointsHandler adds loyalty points from the internal admin tool; an
// authenticated admin action, not a provider webhook.
func PointsHandler(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var in struct {
			Customer string `json:"customer"`
			Points   int    `json:"points"`
		}
		if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
			http.Error(w, "bad body", http.StatusBadRequest)
			return
		}
		_, _ = db.ExecContext(r.Context(), `UPDATE loyalty SET points = points + $1 WHERE customer = $2`, in.Points, in.Customer)
		w.WriteHeader(http.StatusNoContent)
	}
}
