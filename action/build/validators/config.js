"use strict";
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// config.validator.js
exports.validate = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://plangate.dev/schemas/config.schema.json", "title": "plangate.yaml", "description": "Configuration of plangate, the policy-as-code checker for Terraform plans and Kubernetes manifests.", "type": "object", "additionalProperties": false, "properties": { "failOn": { "description": "Lowest severity of a failing result that fails the run.", "enum": ["low", "medium", "high", "critical"] }, "failOnUnknown": { "description": "Whether results that cannot be decided before apply (status unknown) fail the run.", "type": "boolean" }, "failOnUncovered": { "description": "Whether resources that no rule judged (report.json `uncovered`) fail the run.", "type": "boolean" }, "allowEmpty": { "description": "Whether a run with no rules, or in which no rule judged any resource, may pass (it still says `no rules ran` / `nothing judged`).", "type": "boolean" }, "environment": { "description": "The environment (dev, int, prd, ...) that prefix rules check against.", "type": "string", "minLength": 1 }, "policies": { "description": "More policy sources: .rego files or folders, Gatekeeper template and constraint YAML, compiled .wasm modules, OPA bundles (.tar.gz); an entry may name its Rego version ({ path, regoVersion }).", "type": "array", "items": { "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "object", "required": ["path"], "additionalProperties": false, "properties": { "path": { "type": "string", "minLength": 1 }, "regoVersion": { "enum": ["v0", "v1"] } } }] } }, "regoVersion": { "description": "Rego version of the policy sources that do not name their own: v1 (OPA 1.x, default) or v0 (OPA's --v0-compatible).", "enum": ["v0", "v1"] }, "data": { "description": "Data documents (JSON or YAML files or folders) loaded under data, as opa -d and conftest -d load them.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "builtin": { "description": "Whether the built-in library runs (default true).", "type": "boolean" }, "disable": { "description": "Rule ids not to run.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "severity": { "description": "Severity overrides by rule id.", "type": "object", "additionalProperties": { "enum": ["low", "medium", "high", "critical"] } }, "enforcement": { "description": "Enforcement level by rule id or category: advisory (never fails the run), soft-mandatory (fails unless --override), mandatory.", "type": "object", "additionalProperties": { "enum": ["advisory", "soft-mandatory", "mandatory"] } }, "parameters": { "description": "Rule parameters (see `plangate policies` for the names each rule reads); merged over the library defaults.", "type": "object" }, "allowBuiltins": { "description": "Non-deterministic built-ins custom policies may call (the sandbox refuses them otherwise), e.g. time.now_ns.", "type": "array", "items": { "type": "string" } }, "formats": { "description": "Report formats to write.", "type": "array", "items": { "enum": ["text", "json", "html", "sarif", "junit", "markdown"] } }, "outputDir": { "description": "Directory the reports are written to.", "type": "string", "minLength": 1 }, "tfDir": { "description": "Directory holding the Terraform sources of the plans, for file:line locations.", "type": "string", "minLength": 1 }, "timeout": { "description": "Wall-clock limit on evaluating one policy set, in seconds (default 60); --timeout wins over it.", "type": "number", "exclusiveMinimum": 0, "maximum": 86400 }, "maxMemory": { "description": "Memory limit of one policy set's evaluation, in MiB (default 1024); --max-memory wins over it.", "type": "integer", "minimum": 16, "maximum": 4096 }, "waivers": { "description": "Approved exceptions: a matching failure becomes waived until the expiry date.", "type": "array", "items": { "$ref": "#/definitions/waiver" } } }, "definitions": { "waiver": { "type": "object", "additionalProperties": false, "required": ["rule", "resource", "reason", "approvedBy", "expires"], "properties": { "rule": { "description": "Rule id.", "type": "string", "minLength": 1 }, "resource": { "description": "Glob over resource addresses (* any characters, ? one character).", "type": "string", "minLength": 1 }, "reason": { "description": "Why the exception is acceptable.", "type": "string", "minLength": 1 }, "approvedBy": { "description": "Who approved it.", "type": "string", "minLength": 1 }, "expires": { "description": "Last day the waiver applies (YYYY-MM-DD).", "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" }, "ticket": { "description": "Tracking ticket.", "type": "string" } } } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = require_ucs2length().default;
var pattern0 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.failOn !== void 0) {
      let data0 = data.failOn;
      if (!(data0 === "low" || data0 === "medium" || data0 === "high" || data0 === "critical")) {
        const err1 = { instancePath: instancePath + "/failOn", schemaPath: "#/properties/failOn/enum", keyword: "enum", params: { allowedValues: schema11.properties.failOn.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.failOnUnknown !== void 0) {
      if (typeof data.failOnUnknown !== "boolean") {
        const err2 = { instancePath: instancePath + "/failOnUnknown", schemaPath: "#/properties/failOnUnknown/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.failOnUncovered !== void 0) {
      if (typeof data.failOnUncovered !== "boolean") {
        const err3 = { instancePath: instancePath + "/failOnUncovered", schemaPath: "#/properties/failOnUncovered/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.allowEmpty !== void 0) {
      if (typeof data.allowEmpty !== "boolean") {
        const err4 = { instancePath: instancePath + "/allowEmpty", schemaPath: "#/properties/allowEmpty/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      let data4 = data.environment;
      if (typeof data4 === "string") {
        if (func3(data4) < 1) {
          const err5 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/environment", schemaPath: "#/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.policies !== void 0) {
      let data5 = data.policies;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          const _errs14 = errors;
          let valid3 = false;
          let passing0 = null;
          const _errs15 = errors;
          if (typeof data6 === "string") {
            if (func3(data6) < 1) {
              const err7 = { instancePath: instancePath + "/policies/" + i0, schemaPath: "#/properties/policies/items/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/policies/" + i0, schemaPath: "#/properties/policies/items/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          var _valid0 = _errs15 === errors;
          if (_valid0) {
            valid3 = true;
            passing0 = 0;
          }
          const _errs17 = errors;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.path === void 0) {
              const err9 = { instancePath: instancePath + "/policies/" + i0, schemaPath: "#/properties/policies/items/oneOf/1/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            for (const key1 in data6) {
              if (!(key1 === "path" || key1 === "regoVersion")) {
                const err10 = { instancePath: instancePath + "/policies/" + i0, schemaPath: "#/properties/policies/items/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data6.path !== void 0) {
              let data7 = data6.path;
              if (typeof data7 === "string") {
                if (func3(data7) < 1) {
                  const err11 = { instancePath: instancePath + "/policies/" + i0 + "/path", schemaPath: "#/properties/policies/items/oneOf/1/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              } else {
                const err12 = { instancePath: instancePath + "/policies/" + i0 + "/path", schemaPath: "#/properties/policies/items/oneOf/1/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data6.regoVersion !== void 0) {
              let data8 = data6.regoVersion;
              if (!(data8 === "v0" || data8 === "v1")) {
                const err13 = { instancePath: instancePath + "/policies/" + i0 + "/regoVersion", schemaPath: "#/properties/policies/items/oneOf/1/properties/regoVersion/enum", keyword: "enum", params: { allowedValues: schema11.properties.policies.items.oneOf[1].properties.regoVersion.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = { instancePath: instancePath + "/policies/" + i0, schemaPath: "#/properties/policies/items/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          var _valid0 = _errs17 === errors;
          if (_valid0 && valid3) {
            valid3 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid3 = true;
              passing0 = 1;
            }
          }
          if (!valid3) {
            const err15 = { instancePath: instancePath + "/policies/" + i0, schemaPath: "#/properties/policies/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          } else {
            errors = _errs14;
            if (vErrors !== null) {
              if (_errs14) {
                vErrors.length = _errs14;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.regoVersion !== void 0) {
      let data9 = data.regoVersion;
      if (!(data9 === "v0" || data9 === "v1")) {
        const err17 = { instancePath: instancePath + "/regoVersion", schemaPath: "#/properties/regoVersion/enum", keyword: "enum", params: { allowedValues: schema11.properties.regoVersion.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      let data10 = data.data;
      if (Array.isArray(data10)) {
        const len1 = data10.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data11 = data10[i1];
          if (typeof data11 === "string") {
            if (func3(data11) < 1) {
              const err18 = { instancePath: instancePath + "/data/" + i1, schemaPath: "#/properties/data/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/data/" + i1, schemaPath: "#/properties/data/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/data", schemaPath: "#/properties/data/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.builtin !== void 0) {
      if (typeof data.builtin !== "boolean") {
        const err21 = { instancePath: instancePath + "/builtin", schemaPath: "#/properties/builtin/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.disable !== void 0) {
      let data13 = data.disable;
      if (Array.isArray(data13)) {
        const len2 = data13.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data14 = data13[i2];
          if (typeof data14 === "string") {
            if (func3(data14) < 1) {
              const err22 = { instancePath: instancePath + "/disable/" + i2, schemaPath: "#/properties/disable/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/disable/" + i2, schemaPath: "#/properties/disable/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = { instancePath: instancePath + "/disable", schemaPath: "#/properties/disable/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data15 = data.severity;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key2 in data15) {
          let data16 = data15[key2];
          if (!(data16 === "low" || data16 === "medium" || data16 === "high" || data16 === "critical")) {
            const err25 = { instancePath: instancePath + "/severity/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/severity/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties.severity.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.enforcement !== void 0) {
      let data17 = data.enforcement;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        for (const key3 in data17) {
          let data18 = data17[key3];
          if (!(data18 === "advisory" || data18 === "soft-mandatory" || data18 === "mandatory")) {
            const err27 = { instancePath: instancePath + "/enforcement/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/enforcement/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties.enforcement.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/enforcement", schemaPath: "#/properties/enforcement/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.parameters !== void 0) {
      let data19 = data.parameters;
      if (!(data19 && typeof data19 == "object" && !Array.isArray(data19))) {
        const err29 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.allowBuiltins !== void 0) {
      let data20 = data.allowBuiltins;
      if (Array.isArray(data20)) {
        const len3 = data20.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (typeof data20[i3] !== "string") {
            const err30 = { instancePath: instancePath + "/allowBuiltins/" + i3, schemaPath: "#/properties/allowBuiltins/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/allowBuiltins", schemaPath: "#/properties/allowBuiltins/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.formats !== void 0) {
      let data22 = data.formats;
      if (Array.isArray(data22)) {
        const len4 = data22.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data23 = data22[i4];
          if (!(data23 === "text" || data23 === "json" || data23 === "html" || data23 === "sarif" || data23 === "junit" || data23 === "markdown")) {
            const err32 = { instancePath: instancePath + "/formats/" + i4, schemaPath: "#/properties/formats/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.formats.items.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/formats", schemaPath: "#/properties/formats/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.outputDir !== void 0) {
      let data24 = data.outputDir;
      if (typeof data24 === "string") {
        if (func3(data24) < 1) {
          const err34 = { instancePath: instancePath + "/outputDir", schemaPath: "#/properties/outputDir/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      } else {
        const err35 = { instancePath: instancePath + "/outputDir", schemaPath: "#/properties/outputDir/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.tfDir !== void 0) {
      let data25 = data.tfDir;
      if (typeof data25 === "string") {
        if (func3(data25) < 1) {
          const err36 = { instancePath: instancePath + "/tfDir", schemaPath: "#/properties/tfDir/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      } else {
        const err37 = { instancePath: instancePath + "/tfDir", schemaPath: "#/properties/tfDir/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.timeout !== void 0) {
      let data26 = data.timeout;
      if (typeof data26 == "number") {
        if (data26 > 86400 || isNaN(data26)) {
          const err38 = { instancePath: instancePath + "/timeout", schemaPath: "#/properties/timeout/maximum", keyword: "maximum", params: { comparison: "<=", limit: 86400 }, message: "must be <= 86400" };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        if (data26 <= 0 || isNaN(data26)) {
          const err39 = { instancePath: instancePath + "/timeout", schemaPath: "#/properties/timeout/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      } else {
        const err40 = { instancePath: instancePath + "/timeout", schemaPath: "#/properties/timeout/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.maxMemory !== void 0) {
      let data27 = data.maxMemory;
      if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)))) {
        const err41 = { instancePath: instancePath + "/maxMemory", schemaPath: "#/properties/maxMemory/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
      if (typeof data27 == "number") {
        if (data27 > 4096 || isNaN(data27)) {
          const err42 = { instancePath: instancePath + "/maxMemory", schemaPath: "#/properties/maxMemory/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4096 }, message: "must be <= 4096" };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        if (data27 < 16 || isNaN(data27)) {
          const err43 = { instancePath: instancePath + "/maxMemory", schemaPath: "#/properties/maxMemory/minimum", keyword: "minimum", params: { comparison: ">=", limit: 16 }, message: "must be >= 16" };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      }
    }
    if (data.waivers !== void 0) {
      let data28 = data.waivers;
      if (Array.isArray(data28)) {
        const len5 = data28.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data29 = data28[i5];
          if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
            if (data29.rule === void 0) {
              const err44 = { instancePath: instancePath + "/waivers/" + i5, schemaPath: "#/definitions/waiver/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data29.resource === void 0) {
              const err45 = { instancePath: instancePath + "/waivers/" + i5, schemaPath: "#/definitions/waiver/required", keyword: "required", params: { missingProperty: "resource" }, message: "must have required property 'resource'" };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            if (data29.reason === void 0) {
              const err46 = { instancePath: instancePath + "/waivers/" + i5, schemaPath: "#/definitions/waiver/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            if (data29.approvedBy === void 0) {
              const err47 = { instancePath: instancePath + "/waivers/" + i5, schemaPath: "#/definitions/waiver/required", keyword: "required", params: { missingProperty: "approvedBy" }, message: "must have required property 'approvedBy'" };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            if (data29.expires === void 0) {
              const err48 = { instancePath: instancePath + "/waivers/" + i5, schemaPath: "#/definitions/waiver/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'" };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            for (const key4 in data29) {
              if (!(key4 === "rule" || key4 === "resource" || key4 === "reason" || key4 === "approvedBy" || key4 === "expires" || key4 === "ticket")) {
                const err49 = { instancePath: instancePath + "/waivers/" + i5, schemaPath: "#/definitions/waiver/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data29.rule !== void 0) {
              let data30 = data29.rule;
              if (typeof data30 === "string") {
                if (func3(data30) < 1) {
                  const err50 = { instancePath: instancePath + "/waivers/" + i5 + "/rule", schemaPath: "#/definitions/waiver/properties/rule/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              } else {
                const err51 = { instancePath: instancePath + "/waivers/" + i5 + "/rule", schemaPath: "#/definitions/waiver/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data29.resource !== void 0) {
              let data31 = data29.resource;
              if (typeof data31 === "string") {
                if (func3(data31) < 1) {
                  const err52 = { instancePath: instancePath + "/waivers/" + i5 + "/resource", schemaPath: "#/definitions/waiver/properties/resource/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              } else {
                const err53 = { instancePath: instancePath + "/waivers/" + i5 + "/resource", schemaPath: "#/definitions/waiver/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data29.reason !== void 0) {
              let data32 = data29.reason;
              if (typeof data32 === "string") {
                if (func3(data32) < 1) {
                  const err54 = { instancePath: instancePath + "/waivers/" + i5 + "/reason", schemaPath: "#/definitions/waiver/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
              } else {
                const err55 = { instancePath: instancePath + "/waivers/" + i5 + "/reason", schemaPath: "#/definitions/waiver/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data29.approvedBy !== void 0) {
              let data33 = data29.approvedBy;
              if (typeof data33 === "string") {
                if (func3(data33) < 1) {
                  const err56 = { instancePath: instancePath + "/waivers/" + i5 + "/approvedBy", schemaPath: "#/definitions/waiver/properties/approvedBy/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
              } else {
                const err57 = { instancePath: instancePath + "/waivers/" + i5 + "/approvedBy", schemaPath: "#/definitions/waiver/properties/approvedBy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data29.expires !== void 0) {
              let data34 = data29.expires;
              if (typeof data34 === "string") {
                if (!pattern0.test(data34)) {
                  const err58 = { instancePath: instancePath + "/waivers/" + i5 + "/expires", schemaPath: "#/definitions/waiver/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}$"' };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              } else {
                const err59 = { instancePath: instancePath + "/waivers/" + i5 + "/expires", schemaPath: "#/definitions/waiver/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            if (data29.ticket !== void 0) {
              if (typeof data29.ticket !== "string") {
                const err60 = { instancePath: instancePath + "/waivers/" + i5 + "/ticket", schemaPath: "#/definitions/waiver/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
          } else {
            const err61 = { instancePath: instancePath + "/waivers/" + i5, schemaPath: "#/definitions/waiver/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
      } else {
        const err62 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
  } else {
    const err63 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err63];
    } else {
      vErrors.push(err63);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
exports.digest = "9ef3a0738e894910c5c99dc0896a059c044c3350c84649c61eeb6d5c2b9fcc54";
