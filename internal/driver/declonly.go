package driver

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/gcexportdata"

	"github.com/paylint/paylint/analyzers"
)

// ---- library units: declarations only ----------------------------------------
//
// go vet starts the tool once for every dependency of the vetted packages,
// the standard library included (VetxOnly units), because each unit
// exports its package's types and facts for its importers. No paylint
// model makes a fact about a standard-library package or a package of a
// library it knows (each model skips them: payment.InGOROOT,
// payment.Library), so such a unit only needs to export the package's
// types — its declarations. Its function bodies are neither needed nor
// type-checked, and the facts are empty: the unit writes the file
// unitchecker would (same format, same types, no facts) at a fraction of
// the cost. Most units of a cold run are of this kind (testdata/shop: 226
// units, about 200 of them std, a dozen of stripe-go and other SDKs).
// TestLibraryUnitsDeclarationsOnly (internal/e2e) holds the shortcut to
// unitchecker's output. Anything unexpected — a parse or type error, cgo,
// a missing dependency — leaves the unit to unitchecker, which does the
// whole work as before.

// DeclOnlyEnv turns the shortcut off when set to "off" (for comparisons
// and tests: the output is the same either way, so it is not part of the
// tool's identity).
const DeclOnlyEnv = "PAYLINT_DECLONLY"

// vetxMagic opens a unit's output file (unitchecker's format: the magic,
// the lengths of the types and facts sections, then both).
const vetxMagic = "vetx"

// stdUnit is the part of a VetxOnly unit's description the shortcut reads.
type stdUnit struct {
	ImportPath  string
	GoFiles     []string
	ImportMap   map[string]string
	PackageVetx map[string]string
	VetxOnly    bool
	VetxOutput  string
	GoVersion   string
	Compiler    string
}

// inGOROOT reports whether every file of the unit is in GOROOT/src.
func inGOROOT(files []string) bool {
	root := build.Default.GOROOT
	if root == "" || len(files) == 0 {
		return false
	}
	src := filepath.Join(root, "src") + string(filepath.Separator)
	for _, f := range files {
		if !strings.HasPrefix(f, src) {
			return false
		}
	}
	return true
}

// declarationsOnly writes the output of a VetxOnly library unit
// from its declarations. It reports whether it did; when it did not, the
// caller runs unitchecker.
func declarationsOnly(cfgPath string) bool {
	if os.Getenv(DeclOnlyEnv) == "off" {
		return false
	}
	data, err := os.ReadFile(cfgPath)
	if err != nil {
		return false
	}
	var u stdUnit
	// (Assembly files, NonGoFiles, declare no types: unitchecker reads
	// them only for analyzers of assembly, and paylint has none.)
	if err := json.Unmarshal(data, &u); err != nil || !u.VetxOnly || u.VetxOutput == "" ||
		!inGOROOT(u.GoFiles) && !analyzers.KnownLibrary(u.ImportPath) {
		return false
	}
	out, err := exportDeclarations(&u)
	if err != nil {
		return false
	}
	return os.WriteFile(u.VetxOutput, out, 0o666) == nil
}

// exportDeclarations type-checks the unit's package without function
// bodies, its imports read from their units' outputs, and returns its
// output file: the types, and no facts.
func exportDeclarations(u *stdUnit) ([]byte, error) {
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range u.GoFiles {
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		for _, imp := range f.Imports {
			if imp.Path.Value == `"C"` {
				return nil, errors.New("cgo") // unitchecker's business
			}
		}
		files = append(files, f)
	}
	imports := map[string]*types.Package{}
	var firstErr error
	tc := &types.Config{
		Importer:         vetxImporter(fset, u, imports),
		Sizes:            types.SizesFor(compiler(u.Compiler), build.Default.GOARCH),
		GoVersion:        u.GoVersion,
		IgnoreFuncBodies: true,
		Error: func(err error) {
			if firstErr == nil {
				firstErr = err
			}
		},
	}
	pkg, _ := tc.Check(u.ImportPath, fset, files, nil)
	if firstErr != nil {
		return nil, firstErr
	}
	var buf bytes.Buffer
	buf.WriteString(vetxMagic)
	buf.Write(make([]byte, 8)) // the two lengths, below
	if err := gcexportdata.Write(&buf, fset, pkg); err != nil {
		return nil, err
	}
	// gcexportdata frames the indexed format with an 'i'; unitchecker's
	// types section is the format alone.
	out := append(buf.Bytes()[:12:12], buf.Bytes()[13:]...)
	binary.LittleEndian.PutUint32(out[4:8], uint32(len(out)-12)) // types
	binary.LittleEndian.PutUint32(out[8:12], 0)                  // facts: none
	return out, nil
}

func compiler(c string) string {
	if c == "" {
		return "gc"
	}
	return c
}

// vetxImporter imports a unit's dependencies from the types sections of
// their units' outputs, as unitchecker does.
func vetxImporter(fset *token.FileSet, u *stdUnit, imports map[string]*types.Package) types.Importer {
	return importerFunc(func(importPath string) (*types.Package, error) {
		path, ok := u.ImportMap[importPath]
		if !ok {
			return nil, fmt.Errorf("can't resolve import %q", importPath)
		}
		if path == "unsafe" {
			return types.Unsafe, nil
		}
		if pkg, ok := imports[path]; ok && pkg.Complete() {
			return pkg, nil
		}
		file, ok := u.PackageVetx[path]
		if !ok {
			return nil, fmt.Errorf("no output of the unit of %q", path)
		}
		typesData, err := readVetxTypes(file)
		if err != nil {
			return nil, err
		}
		framed := io.MultiReader(strings.NewReader("i"), bytes.NewReader(typesData)) // see exportDeclarations
		return gcexportdata.Read(framed, fset, imports, path)
	})
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// readVetxTypes returns the types section of a unit's output file.
func readVetxTypes(file string) ([]byte, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	if len(data) < 12 || string(data[:4]) != vetxMagic {
		return nil, fmt.Errorf("%s: not a vet output file", file)
	}
	n := binary.LittleEndian.Uint32(data[4:8])
	if uint64(12)+uint64(n) > uint64(len(data)) {
		return nil, fmt.Errorf("%s: truncated", file)
	}
	return data[12 : 12+n], nil
}
