package webhookdedupe

import (
	"testing"

	"github.com/paylint/paylint/analyzers/internal/catalogue"
)

// cases is this package's analysistest catalogue: each case registers its
// packages beside the comment that says what it stands for, and TestCatalogueInternal
// runs them all in one load per analyzer (see package catalogue).
var cases catalogue.Set

func TestCatalogueInternal(t *testing.T) { cases.Run(t) }
