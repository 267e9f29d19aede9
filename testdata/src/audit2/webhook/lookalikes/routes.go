package lookalikes

import "net/http"

func Mux(ci *CI, b *Backoffice) *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /hooks/github", ci.GitHubPush)
	mux.HandleFunc("POST /hooks/slack/deploy", ci.SlackCommand)
	mux.HandleFunc("POST /internal/callbacks/export-done", b.ExportDone)
	mux.HandleFunc("GET /oauth/google/callback", b.OAuthCallback)
	mux.HandleFunc("POST /contact", b.Contact)
	mux.HandleFunc("POST /webhooks/carrier", b.ShipmentEvents)
	return mux
}
