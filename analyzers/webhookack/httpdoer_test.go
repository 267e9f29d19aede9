package webhookack_test

import "github.com/paylint/paylint/analyzers/webhookack"

// HTTPDoer: a Stripe listener telling the owner's chat through a bot
// library (chatdoer/chatapi) whose HTTP client is an interface field with
// http.Client's Do: the call sends a request as surely as http.Client.Do,
// reported when made before the answer; silent after the answer (flushed
// through the `if f, ok := w.(http.Flusher); ok` idiom, whose other
// branch net/http never takes), in a goroutine, or when the library only
// formats the text.
var _ = cases.Add(webhookack.Analyzer, "HTTPDoer", "chatdoer/...")
