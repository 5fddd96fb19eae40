"use strict";

// input-document.validator.js
exports.validate = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://plangate.dev/schemas/input-document.schema.json", "title": "plangate input document", "description": "The one document policies evaluate as `input`, built from every input file of a run (docs/policy-input.md). Fields may be added; none is renamed or dropped.", "type": "object", "required": ["resources", "deleted", "dataSources", "changes", "inputs", "terraform"], "additionalProperties": false, "properties": { "resources": { "description": "Everything that exists after the change (not deleted resources, not data sources).", "type": "array", "items": { "$ref": "#/definitions/resource" } }, "deleted": { "description": "Resources the plan destroys (values = before).", "type": "array", "items": { "$ref": "#/definitions/resource" } }, "dataSources": { "description": "Terraform data sources (mode data).", "type": "array", "items": { "$ref": "#/definitions/resource" } }, "changes": { "type": "object", "required": ["create", "update", "replace", "delete", "no-op", "read", "forget"], "additionalProperties": false, "properties": { "create": { "$ref": "#/definitions/addresses" }, "update": { "$ref": "#/definitions/addresses" }, "replace": { "$ref": "#/definitions/addresses" }, "delete": { "$ref": "#/definitions/addresses" }, "no-op": { "$ref": "#/definitions/addresses" }, "read": { "$ref": "#/definitions/addresses" }, "forget": { "$ref": "#/definitions/addresses" } } }, "inputs": { "type": "array", "items": { "type": "object", "required": ["path", "type", "resources"], "additionalProperties": false, "properties": { "path": { "type": "string" }, "type": { "$ref": "#/definitions/inputType" }, "terraformVersion": { "type": "string" }, "formatVersion": { "type": "string" }, "resources": { "type": "integer", "minimum": 0 } } } }, "terraform": { "type": "object", "required": ["providers"], "additionalProperties": false, "properties": { "providers": { "type": "array", "items": { "type": "object", "required": ["name", "alias", "module", "source"], "additionalProperties": false, "properties": { "name": { "type": "string" }, "fullName": { "type": "string" }, "alias": { "type": ["string", "null"] }, "module": { "type": "string" }, "region": { "type": "string" }, "location": { "type": "string" }, "project": { "type": "string" }, "unsettled": { "$ref": "#/definitions/stringMap" }, "defaultTags": { "$ref": "#/definitions/stringMap" }, "source": { "type": "string" } } } } } } }, "definitions": { "inputType": { "enum": ["terraform-plan", "terraform-state", "kubernetes"] }, "addresses": { "type": "array", "items": { "type": "string" } }, "stringMap": { "type": "object", "additionalProperties": { "type": "string" } }, "resource": { "type": "object", "required": ["id", "address", "type", "name", "source", "file", "action", "values"], "additionalProperties": false, "properties": { "id": { "type": "string", "description": "Unique within the run: file + '#' + address." }, "address": { "type": "string", "description": "CONTRACT identity: Terraform address, or Kind/namespace/name, Kind/name." }, "type": { "type": "string" }, "name": { "type": "string" }, "source": { "enum": ["terraform", "kubernetes"] }, "file": { "type": "string" }, "line": { "type": "integer", "minimum": 1 }, "sourceFile": { "type": "string" }, "mode": { "enum": ["managed", "data"] }, "provider": { "type": "string" }, "providerName": { "type": "string" }, "module": { "type": "string" }, "configAddress": { "type": "string" }, "index": { "type": ["string", "number"] }, "deposed": { "type": "string" }, "action": { "enum": ["create", "update", "replace", "delete", "no-op", "read", "forget", "none"] }, "actions": { "type": "array", "items": { "type": "string" } }, "actionReason": { "type": "string" }, "values": { "type": "object" }, "before": { "type": "object" }, "unknown": { "type": "object" }, "sensitive": { "type": "object" }, "references": { "type": "object", "additionalProperties": { "type": "array", "items": { "type": "string" } } }, "configured": { "type": "object", "additionalProperties": { "type": "array", "items": { "type": "string" } } }, "region": { "type": "string" }, "regionUnknown": { "type": "string" }, "tags": { "$ref": "#/definitions/stringMap" }, "taggable": { "type": "boolean" }, "apiVersion": { "type": "string" }, "kind": { "type": "string" }, "namespace": { "type": "string" }, "labels": { "$ref": "#/definitions/stringMap" }, "annotations": { "$ref": "#/definitions/stringMap" }, "helmSource": { "type": "string" }, "pod": { "type": "object", "required": ["metadata", "spec", "containers"], "additionalProperties": false, "properties": { "metadata": { "type": "object" }, "spec": { "type": "object" }, "containers": { "type": "array", "items": { "type": "object", "required": ["containerType"], "properties": { "containerType": { "enum": ["container", "initContainer", "ephemeralContainer"] } } } } } } } } } };
var schema23 = { "enum": ["terraform-plan", "terraform-state", "kubernetes"] };
var schema12 = { "type": "object", "required": ["id", "address", "type", "name", "source", "file", "action", "values"], "additionalProperties": false, "properties": { "id": { "type": "string", "description": "Unique within the run: file + '#' + address." }, "address": { "type": "string", "description": "CONTRACT identity: Terraform address, or Kind/namespace/name, Kind/name." }, "type": { "type": "string" }, "name": { "type": "string" }, "source": { "enum": ["terraform", "kubernetes"] }, "file": { "type": "string" }, "line": { "type": "integer", "minimum": 1 }, "sourceFile": { "type": "string" }, "mode": { "enum": ["managed", "data"] }, "provider": { "type": "string" }, "providerName": { "type": "string" }, "module": { "type": "string" }, "configAddress": { "type": "string" }, "index": { "type": ["string", "number"] }, "deposed": { "type": "string" }, "action": { "enum": ["create", "update", "replace", "delete", "no-op", "read", "forget", "none"] }, "actions": { "type": "array", "items": { "type": "string" } }, "actionReason": { "type": "string" }, "values": { "type": "object" }, "before": { "type": "object" }, "unknown": { "type": "object" }, "sensitive": { "type": "object" }, "references": { "type": "object", "additionalProperties": { "type": "array", "items": { "type": "string" } } }, "configured": { "type": "object", "additionalProperties": { "type": "array", "items": { "type": "string" } } }, "region": { "type": "string" }, "regionUnknown": { "type": "string" }, "tags": { "$ref": "#/definitions/stringMap" }, "taggable": { "type": "boolean" }, "apiVersion": { "type": "string" }, "kind": { "type": "string" }, "namespace": { "type": "string" }, "labels": { "$ref": "#/definitions/stringMap" }, "annotations": { "$ref": "#/definitions/stringMap" }, "helmSource": { "type": "string" }, "pod": { "type": "object", "required": ["metadata", "spec", "containers"], "additionalProperties": false, "properties": { "metadata": { "type": "object" }, "spec": { "type": "object" }, "containers": { "type": "array", "items": { "type": "object", "required": ["containerType"], "properties": { "containerType": { "enum": ["container", "initContainer", "ephemeralContainer"] } } } } } } } };
var func2 = Object.prototype.hasOwnProperty;
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.id === void 0 && (missing0 = "id") || data.address === void 0 && (missing0 = "address") || data.type === void 0 && (missing0 = "type") || data.name === void 0 && (missing0 = "name") || data.source === void 0 && (missing0 = "source") || data.file === void 0 && (missing0 = "file") || data.action === void 0 && (missing0 = "action") || data.values === void 0 && (missing0 = "values")) {
        validate11.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func2.call(schema12.properties, key0)) {
            validate11.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.id !== void 0) {
            const _errs2 = errors;
            if (typeof data.id !== "string") {
              validate11.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.address !== void 0) {
              const _errs4 = errors;
              if (typeof data.address !== "string") {
                validate11.errors = [{ instancePath: instancePath + "/address", schemaPath: "#/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.type !== void 0) {
                const _errs6 = errors;
                if (typeof data.type !== "string") {
                  validate11.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.name !== void 0) {
                  const _errs8 = errors;
                  if (typeof data.name !== "string") {
                    validate11.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.source !== void 0) {
                    let data4 = data.source;
                    const _errs10 = errors;
                    if (!(data4 === "terraform" || data4 === "kubernetes")) {
                      validate11.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/enum", keyword: "enum", params: { allowedValues: schema12.properties.source.enum }, message: "must be equal to one of the allowed values" }];
                      return false;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.file !== void 0) {
                      const _errs11 = errors;
                      if (typeof data.file !== "string") {
                        validate11.errors = [{ instancePath: instancePath + "/file", schemaPath: "#/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid0 = _errs11 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.line !== void 0) {
                        let data6 = data.line;
                        const _errs13 = errors;
                        if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)))) {
                          validate11.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                          return false;
                        }
                        if (errors === _errs13) {
                          if (typeof data6 == "number") {
                            if (data6 < 1 || isNaN(data6)) {
                              validate11.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                              return false;
                            }
                          }
                        }
                        var valid0 = _errs13 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.sourceFile !== void 0) {
                          const _errs15 = errors;
                          if (typeof data.sourceFile !== "string") {
                            validate11.errors = [{ instancePath: instancePath + "/sourceFile", schemaPath: "#/properties/sourceFile/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid0 = _errs15 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.mode !== void 0) {
                            let data8 = data.mode;
                            const _errs17 = errors;
                            if (!(data8 === "managed" || data8 === "data")) {
                              validate11.errors = [{ instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/enum", keyword: "enum", params: { allowedValues: schema12.properties.mode.enum }, message: "must be equal to one of the allowed values" }];
                              return false;
                            }
                            var valid0 = _errs17 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.provider !== void 0) {
                              const _errs18 = errors;
                              if (typeof data.provider !== "string") {
                                validate11.errors = [{ instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid0 = _errs18 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.providerName !== void 0) {
                                const _errs20 = errors;
                                if (typeof data.providerName !== "string") {
                                  validate11.errors = [{ instancePath: instancePath + "/providerName", schemaPath: "#/properties/providerName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                                var valid0 = _errs20 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.module !== void 0) {
                                  const _errs22 = errors;
                                  if (typeof data.module !== "string") {
                                    validate11.errors = [{ instancePath: instancePath + "/module", schemaPath: "#/properties/module/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid0 = _errs22 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.configAddress !== void 0) {
                                    const _errs24 = errors;
                                    if (typeof data.configAddress !== "string") {
                                      validate11.errors = [{ instancePath: instancePath + "/configAddress", schemaPath: "#/properties/configAddress/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid0 = _errs24 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.index !== void 0) {
                                      let data13 = data.index;
                                      const _errs26 = errors;
                                      if (typeof data13 !== "string" && !(typeof data13 == "number")) {
                                        validate11.errors = [{ instancePath: instancePath + "/index", schemaPath: "#/properties/index/type", keyword: "type", params: { type: schema12.properties.index.type }, message: "must be string,number" }];
                                        return false;
                                      }
                                      var valid0 = _errs26 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.deposed !== void 0) {
                                        const _errs28 = errors;
                                        if (typeof data.deposed !== "string") {
                                          validate11.errors = [{ instancePath: instancePath + "/deposed", schemaPath: "#/properties/deposed/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid0 = _errs28 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.action !== void 0) {
                                          let data15 = data.action;
                                          const _errs30 = errors;
                                          if (!(data15 === "create" || data15 === "update" || data15 === "replace" || data15 === "delete" || data15 === "no-op" || data15 === "read" || data15 === "forget" || data15 === "none")) {
                                            validate11.errors = [{ instancePath: instancePath + "/action", schemaPath: "#/properties/action/enum", keyword: "enum", params: { allowedValues: schema12.properties.action.enum }, message: "must be equal to one of the allowed values" }];
                                            return false;
                                          }
                                          var valid0 = _errs30 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.actions !== void 0) {
                                            let data16 = data.actions;
                                            const _errs31 = errors;
                                            if (errors === _errs31) {
                                              if (Array.isArray(data16)) {
                                                var valid1 = true;
                                                const len0 = data16.length;
                                                for (let i0 = 0; i0 < len0; i0++) {
                                                  const _errs33 = errors;
                                                  if (typeof data16[i0] !== "string") {
                                                    validate11.errors = [{ instancePath: instancePath + "/actions/" + i0, schemaPath: "#/properties/actions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid1 = _errs33 === errors;
                                                  if (!valid1) {
                                                    break;
                                                  }
                                                }
                                              } else {
                                                validate11.errors = [{ instancePath: instancePath + "/actions", schemaPath: "#/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                return false;
                                              }
                                            }
                                            var valid0 = _errs31 === errors;
                                          } else {
                                            var valid0 = true;
                                          }
                                          if (valid0) {
                                            if (data.actionReason !== void 0) {
                                              const _errs35 = errors;
                                              if (typeof data.actionReason !== "string") {
                                                validate11.errors = [{ instancePath: instancePath + "/actionReason", schemaPath: "#/properties/actionReason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid0 = _errs35 === errors;
                                            } else {
                                              var valid0 = true;
                                            }
                                            if (valid0) {
                                              if (data.values !== void 0) {
                                                let data19 = data.values;
                                                const _errs37 = errors;
                                                if (!(data19 && typeof data19 == "object" && !Array.isArray(data19))) {
                                                  validate11.errors = [{ instancePath: instancePath + "/values", schemaPath: "#/properties/values/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                  return false;
                                                }
                                                var valid0 = _errs37 === errors;
                                              } else {
                                                var valid0 = true;
                                              }
                                              if (valid0) {
                                                if (data.before !== void 0) {
                                                  let data20 = data.before;
                                                  const _errs39 = errors;
                                                  if (!(data20 && typeof data20 == "object" && !Array.isArray(data20))) {
                                                    validate11.errors = [{ instancePath: instancePath + "/before", schemaPath: "#/properties/before/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                    return false;
                                                  }
                                                  var valid0 = _errs39 === errors;
                                                } else {
                                                  var valid0 = true;
                                                }
                                                if (valid0) {
                                                  if (data.unknown !== void 0) {
                                                    let data21 = data.unknown;
                                                    const _errs41 = errors;
                                                    if (!(data21 && typeof data21 == "object" && !Array.isArray(data21))) {
                                                      validate11.errors = [{ instancePath: instancePath + "/unknown", schemaPath: "#/properties/unknown/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                      return false;
                                                    }
                                                    var valid0 = _errs41 === errors;
                                                  } else {
                                                    var valid0 = true;
                                                  }
                                                  if (valid0) {
                                                    if (data.sensitive !== void 0) {
                                                      let data22 = data.sensitive;
                                                      const _errs43 = errors;
                                                      if (!(data22 && typeof data22 == "object" && !Array.isArray(data22))) {
                                                        validate11.errors = [{ instancePath: instancePath + "/sensitive", schemaPath: "#/properties/sensitive/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                        return false;
                                                      }
                                                      var valid0 = _errs43 === errors;
                                                    } else {
                                                      var valid0 = true;
                                                    }
                                                    if (valid0) {
                                                      if (data.references !== void 0) {
                                                        let data23 = data.references;
                                                        const _errs45 = errors;
                                                        if (errors === _errs45) {
                                                          if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                                                            for (const key1 in data23) {
                                                              let data24 = data23[key1];
                                                              const _errs48 = errors;
                                                              if (errors === _errs48) {
                                                                if (Array.isArray(data24)) {
                                                                  var valid3 = true;
                                                                  const len1 = data24.length;
                                                                  for (let i1 = 0; i1 < len1; i1++) {
                                                                    const _errs50 = errors;
                                                                    if (typeof data24[i1] !== "string") {
                                                                      validate11.errors = [{ instancePath: instancePath + "/references/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/properties/references/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                      return false;
                                                                    }
                                                                    var valid3 = _errs50 === errors;
                                                                    if (!valid3) {
                                                                      break;
                                                                    }
                                                                  }
                                                                } else {
                                                                  validate11.errors = [{ instancePath: instancePath + "/references/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/references/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                  return false;
                                                                }
                                                              }
                                                              var valid2 = _errs48 === errors;
                                                              if (!valid2) {
                                                                break;
                                                              }
                                                            }
                                                          } else {
                                                            validate11.errors = [{ instancePath: instancePath + "/references", schemaPath: "#/properties/references/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid0 = _errs45 === errors;
                                                      } else {
                                                        var valid0 = true;
                                                      }
                                                      if (valid0) {
                                                        if (data.configured !== void 0) {
                                                          let data26 = data.configured;
                                                          const _errs52 = errors;
                                                          if (errors === _errs52) {
                                                            if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                                                              for (const key2 in data26) {
                                                                let data27 = data26[key2];
                                                                const _errs55 = errors;
                                                                if (errors === _errs55) {
                                                                  if (Array.isArray(data27)) {
                                                                    var valid5 = true;
                                                                    const len2 = data27.length;
                                                                    for (let i2 = 0; i2 < len2; i2++) {
                                                                      const _errs57 = errors;
                                                                      if (typeof data27[i2] !== "string") {
                                                                        validate11.errors = [{ instancePath: instancePath + "/configured/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i2, schemaPath: "#/properties/configured/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                        return false;
                                                                      }
                                                                      var valid5 = _errs57 === errors;
                                                                      if (!valid5) {
                                                                        break;
                                                                      }
                                                                    }
                                                                  } else {
                                                                    validate11.errors = [{ instancePath: instancePath + "/configured/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/configured/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                    return false;
                                                                  }
                                                                }
                                                                var valid4 = _errs55 === errors;
                                                                if (!valid4) {
                                                                  break;
                                                                }
                                                              }
                                                            } else {
                                                              validate11.errors = [{ instancePath: instancePath + "/configured", schemaPath: "#/properties/configured/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid0 = _errs52 === errors;
                                                        } else {
                                                          var valid0 = true;
                                                        }
                                                        if (valid0) {
                                                          if (data.region !== void 0) {
                                                            const _errs59 = errors;
                                                            if (typeof data.region !== "string") {
                                                              validate11.errors = [{ instancePath: instancePath + "/region", schemaPath: "#/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                              return false;
                                                            }
                                                            var valid0 = _errs59 === errors;
                                                          } else {
                                                            var valid0 = true;
                                                          }
                                                          if (valid0) {
                                                            if (data.regionUnknown !== void 0) {
                                                              const _errs61 = errors;
                                                              if (typeof data.regionUnknown !== "string") {
                                                                validate11.errors = [{ instancePath: instancePath + "/regionUnknown", schemaPath: "#/properties/regionUnknown/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                              }
                                                              var valid0 = _errs61 === errors;
                                                            } else {
                                                              var valid0 = true;
                                                            }
                                                            if (valid0) {
                                                              if (data.tags !== void 0) {
                                                                let data31 = data.tags;
                                                                const _errs63 = errors;
                                                                const _errs64 = errors;
                                                                if (errors === _errs64) {
                                                                  if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                                                                    for (const key3 in data31) {
                                                                      const _errs67 = errors;
                                                                      if (typeof data31[key3] !== "string") {
                                                                        validate11.errors = [{ instancePath: instancePath + "/tags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                        return false;
                                                                      }
                                                                      var valid7 = _errs67 === errors;
                                                                      if (!valid7) {
                                                                        break;
                                                                      }
                                                                    }
                                                                  } else {
                                                                    validate11.errors = [{ instancePath: instancePath + "/tags", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                    return false;
                                                                  }
                                                                }
                                                                var valid0 = _errs63 === errors;
                                                              } else {
                                                                var valid0 = true;
                                                              }
                                                              if (valid0) {
                                                                if (data.taggable !== void 0) {
                                                                  const _errs69 = errors;
                                                                  if (typeof data.taggable !== "boolean") {
                                                                    validate11.errors = [{ instancePath: instancePath + "/taggable", schemaPath: "#/properties/taggable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                                    return false;
                                                                  }
                                                                  var valid0 = _errs69 === errors;
                                                                } else {
                                                                  var valid0 = true;
                                                                }
                                                                if (valid0) {
                                                                  if (data.apiVersion !== void 0) {
                                                                    const _errs71 = errors;
                                                                    if (typeof data.apiVersion !== "string") {
                                                                      validate11.errors = [{ instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                      return false;
                                                                    }
                                                                    var valid0 = _errs71 === errors;
                                                                  } else {
                                                                    var valid0 = true;
                                                                  }
                                                                  if (valid0) {
                                                                    if (data.kind !== void 0) {
                                                                      const _errs73 = errors;
                                                                      if (typeof data.kind !== "string") {
                                                                        validate11.errors = [{ instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                        return false;
                                                                      }
                                                                      var valid0 = _errs73 === errors;
                                                                    } else {
                                                                      var valid0 = true;
                                                                    }
                                                                    if (valid0) {
                                                                      if (data.namespace !== void 0) {
                                                                        const _errs75 = errors;
                                                                        if (typeof data.namespace !== "string") {
                                                                          validate11.errors = [{ instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                          return false;
                                                                        }
                                                                        var valid0 = _errs75 === errors;
                                                                      } else {
                                                                        var valid0 = true;
                                                                      }
                                                                      if (valid0) {
                                                                        if (data.labels !== void 0) {
                                                                          let data37 = data.labels;
                                                                          const _errs77 = errors;
                                                                          const _errs78 = errors;
                                                                          if (errors === _errs78) {
                                                                            if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
                                                                              for (const key4 in data37) {
                                                                                const _errs81 = errors;
                                                                                if (typeof data37[key4] !== "string") {
                                                                                  validate11.errors = [{ instancePath: instancePath + "/labels/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                  return false;
                                                                                }
                                                                                var valid9 = _errs81 === errors;
                                                                                if (!valid9) {
                                                                                  break;
                                                                                }
                                                                              }
                                                                            } else {
                                                                              validate11.errors = [{ instancePath: instancePath + "/labels", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                              return false;
                                                                            }
                                                                          }
                                                                          var valid0 = _errs77 === errors;
                                                                        } else {
                                                                          var valid0 = true;
                                                                        }
                                                                        if (valid0) {
                                                                          if (data.annotations !== void 0) {
                                                                            let data39 = data.annotations;
                                                                            const _errs83 = errors;
                                                                            const _errs84 = errors;
                                                                            if (errors === _errs84) {
                                                                              if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                                                                                for (const key5 in data39) {
                                                                                  const _errs87 = errors;
                                                                                  if (typeof data39[key5] !== "string") {
                                                                                    validate11.errors = [{ instancePath: instancePath + "/annotations/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                    return false;
                                                                                  }
                                                                                  var valid11 = _errs87 === errors;
                                                                                  if (!valid11) {
                                                                                    break;
                                                                                  }
                                                                                }
                                                                              } else {
                                                                                validate11.errors = [{ instancePath: instancePath + "/annotations", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                return false;
                                                                              }
                                                                            }
                                                                            var valid0 = _errs83 === errors;
                                                                          } else {
                                                                            var valid0 = true;
                                                                          }
                                                                          if (valid0) {
                                                                            if (data.helmSource !== void 0) {
                                                                              const _errs89 = errors;
                                                                              if (typeof data.helmSource !== "string") {
                                                                                validate11.errors = [{ instancePath: instancePath + "/helmSource", schemaPath: "#/properties/helmSource/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                return false;
                                                                              }
                                                                              var valid0 = _errs89 === errors;
                                                                            } else {
                                                                              var valid0 = true;
                                                                            }
                                                                            if (valid0) {
                                                                              if (data.pod !== void 0) {
                                                                                let data42 = data.pod;
                                                                                const _errs91 = errors;
                                                                                if (errors === _errs91) {
                                                                                  if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
                                                                                    let missing1;
                                                                                    if (data42.metadata === void 0 && (missing1 = "metadata") || data42.spec === void 0 && (missing1 = "spec") || data42.containers === void 0 && (missing1 = "containers")) {
                                                                                      validate11.errors = [{ instancePath: instancePath + "/pod", schemaPath: "#/properties/pod/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                                                                      return false;
                                                                                    } else {
                                                                                      const _errs93 = errors;
                                                                                      for (const key6 in data42) {
                                                                                        if (!(key6 === "metadata" || key6 === "spec" || key6 === "containers")) {
                                                                                          validate11.errors = [{ instancePath: instancePath + "/pod", schemaPath: "#/properties/pod/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" }];
                                                                                          return false;
                                                                                          break;
                                                                                        }
                                                                                      }
                                                                                      if (_errs93 === errors) {
                                                                                        if (data42.metadata !== void 0) {
                                                                                          let data43 = data42.metadata;
                                                                                          const _errs94 = errors;
                                                                                          if (!(data43 && typeof data43 == "object" && !Array.isArray(data43))) {
                                                                                            validate11.errors = [{ instancePath: instancePath + "/pod/metadata", schemaPath: "#/properties/pod/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                            return false;
                                                                                          }
                                                                                          var valid12 = _errs94 === errors;
                                                                                        } else {
                                                                                          var valid12 = true;
                                                                                        }
                                                                                        if (valid12) {
                                                                                          if (data42.spec !== void 0) {
                                                                                            let data44 = data42.spec;
                                                                                            const _errs96 = errors;
                                                                                            if (!(data44 && typeof data44 == "object" && !Array.isArray(data44))) {
                                                                                              validate11.errors = [{ instancePath: instancePath + "/pod/spec", schemaPath: "#/properties/pod/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                              return false;
                                                                                            }
                                                                                            var valid12 = _errs96 === errors;
                                                                                          } else {
                                                                                            var valid12 = true;
                                                                                          }
                                                                                          if (valid12) {
                                                                                            if (data42.containers !== void 0) {
                                                                                              let data45 = data42.containers;
                                                                                              const _errs98 = errors;
                                                                                              if (errors === _errs98) {
                                                                                                if (Array.isArray(data45)) {
                                                                                                  var valid13 = true;
                                                                                                  const len3 = data45.length;
                                                                                                  for (let i3 = 0; i3 < len3; i3++) {
                                                                                                    let data46 = data45[i3];
                                                                                                    const _errs100 = errors;
                                                                                                    if (errors === _errs100) {
                                                                                                      if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                                                                                                        let missing2;
                                                                                                        if (data46.containerType === void 0 && (missing2 = "containerType")) {
                                                                                                          validate11.errors = [{ instancePath: instancePath + "/pod/containers/" + i3, schemaPath: "#/properties/pod/properties/containers/items/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                                                                                          return false;
                                                                                                        } else {
                                                                                                          if (data46.containerType !== void 0) {
                                                                                                            let data47 = data46.containerType;
                                                                                                            if (!(data47 === "container" || data47 === "initContainer" || data47 === "ephemeralContainer")) {
                                                                                                              validate11.errors = [{ instancePath: instancePath + "/pod/containers/" + i3 + "/containerType", schemaPath: "#/properties/pod/properties/containers/items/properties/containerType/enum", keyword: "enum", params: { allowedValues: schema12.properties.pod.properties.containers.items.properties.containerType.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                              return false;
                                                                                                            }
                                                                                                          }
                                                                                                        }
                                                                                                      } else {
                                                                                                        validate11.errors = [{ instancePath: instancePath + "/pod/containers/" + i3, schemaPath: "#/properties/pod/properties/containers/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                        return false;
                                                                                                      }
                                                                                                    }
                                                                                                    var valid13 = _errs100 === errors;
                                                                                                    if (!valid13) {
                                                                                                      break;
                                                                                                    }
                                                                                                  }
                                                                                                } else {
                                                                                                  validate11.errors = [{ instancePath: instancePath + "/pod/containers", schemaPath: "#/properties/pod/properties/containers/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                  return false;
                                                                                                }
                                                                                              }
                                                                                              var valid12 = _errs98 === errors;
                                                                                            } else {
                                                                                              var valid12 = true;
                                                                                            }
                                                                                          }
                                                                                        }
                                                                                      }
                                                                                    }
                                                                                  } else {
                                                                                    validate11.errors = [{ instancePath: instancePath + "/pod", schemaPath: "#/properties/pod/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                    return false;
                                                                                  }
                                                                                }
                                                                                var valid0 = _errs91 === errors;
                                                                              } else {
                                                                                var valid0 = true;
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate11.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate11.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.resources === void 0 && (missing0 = "resources") || data.deleted === void 0 && (missing0 = "deleted") || data.dataSources === void 0 && (missing0 = "dataSources") || data.changes === void 0 && (missing0 = "changes") || data.inputs === void 0 && (missing0 = "inputs") || data.terraform === void 0 && (missing0 = "terraform")) {
        validate10.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "resources" || key0 === "deleted" || key0 === "dataSources" || key0 === "changes" || key0 === "inputs" || key0 === "terraform")) {
            validate10.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.resources !== void 0) {
            let data0 = data.resources;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (Array.isArray(data0)) {
                var valid1 = true;
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  const _errs4 = errors;
                  if (!validate11(data0[i0], { instancePath: instancePath + "/resources/" + i0, parentData: data0, parentDataProperty: i0, rootData })) {
                    vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                    errors = vErrors.length;
                  }
                  var valid1 = _errs4 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              } else {
                validate10.errors = [{ instancePath: instancePath + "/resources", schemaPath: "#/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.deleted !== void 0) {
              let data2 = data.deleted;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (Array.isArray(data2)) {
                  var valid2 = true;
                  const len1 = data2.length;
                  for (let i1 = 0; i1 < len1; i1++) {
                    const _errs7 = errors;
                    if (!validate11(data2[i1], { instancePath: instancePath + "/deleted/" + i1, parentData: data2, parentDataProperty: i1, rootData })) {
                      vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                      errors = vErrors.length;
                    }
                    var valid2 = _errs7 === errors;
                    if (!valid2) {
                      break;
                    }
                  }
                } else {
                  validate10.errors = [{ instancePath: instancePath + "/deleted", schemaPath: "#/properties/deleted/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.dataSources !== void 0) {
                let data4 = data.dataSources;
                const _errs8 = errors;
                if (errors === _errs8) {
                  if (Array.isArray(data4)) {
                    var valid3 = true;
                    const len2 = data4.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      const _errs10 = errors;
                      if (!validate11(data4[i2], { instancePath: instancePath + "/dataSources/" + i2, parentData: data4, parentDataProperty: i2, rootData })) {
                        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                        errors = vErrors.length;
                      }
                      var valid3 = _errs10 === errors;
                      if (!valid3) {
                        break;
                      }
                    }
                  } else {
                    validate10.errors = [{ instancePath: instancePath + "/dataSources", schemaPath: "#/properties/dataSources/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.changes !== void 0) {
                  let data6 = data.changes;
                  const _errs11 = errors;
                  if (errors === _errs11) {
                    if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                      let missing1;
                      if (data6.create === void 0 && (missing1 = "create") || data6.update === void 0 && (missing1 = "update") || data6.replace === void 0 && (missing1 = "replace") || data6.delete === void 0 && (missing1 = "delete") || data6["no-op"] === void 0 && (missing1 = "no-op") || data6.read === void 0 && (missing1 = "read") || data6.forget === void 0 && (missing1 = "forget")) {
                        validate10.errors = [{ instancePath: instancePath + "/changes", schemaPath: "#/properties/changes/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                        return false;
                      } else {
                        const _errs13 = errors;
                        for (const key1 in data6) {
                          if (!(key1 === "create" || key1 === "update" || key1 === "replace" || key1 === "delete" || key1 === "no-op" || key1 === "read" || key1 === "forget")) {
                            validate10.errors = [{ instancePath: instancePath + "/changes", schemaPath: "#/properties/changes/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                            return false;
                            break;
                          }
                        }
                        if (_errs13 === errors) {
                          if (data6.create !== void 0) {
                            let data7 = data6.create;
                            const _errs14 = errors;
                            const _errs15 = errors;
                            if (errors === _errs15) {
                              if (Array.isArray(data7)) {
                                var valid6 = true;
                                const len3 = data7.length;
                                for (let i3 = 0; i3 < len3; i3++) {
                                  const _errs17 = errors;
                                  if (typeof data7[i3] !== "string") {
                                    validate10.errors = [{ instancePath: instancePath + "/changes/create/" + i3, schemaPath: "#/definitions/addresses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                  var valid6 = _errs17 === errors;
                                  if (!valid6) {
                                    break;
                                  }
                                }
                              } else {
                                validate10.errors = [{ instancePath: instancePath + "/changes/create", schemaPath: "#/definitions/addresses/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                              }
                            }
                            var valid4 = _errs14 === errors;
                          } else {
                            var valid4 = true;
                          }
                          if (valid4) {
                            if (data6.update !== void 0) {
                              let data9 = data6.update;
                              const _errs19 = errors;
                              const _errs20 = errors;
                              if (errors === _errs20) {
                                if (Array.isArray(data9)) {
                                  var valid8 = true;
                                  const len4 = data9.length;
                                  for (let i4 = 0; i4 < len4; i4++) {
                                    const _errs22 = errors;
                                    if (typeof data9[i4] !== "string") {
                                      validate10.errors = [{ instancePath: instancePath + "/changes/update/" + i4, schemaPath: "#/definitions/addresses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid8 = _errs22 === errors;
                                    if (!valid8) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate10.errors = [{ instancePath: instancePath + "/changes/update", schemaPath: "#/definitions/addresses/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                  return false;
                                }
                              }
                              var valid4 = _errs19 === errors;
                            } else {
                              var valid4 = true;
                            }
                            if (valid4) {
                              if (data6.replace !== void 0) {
                                let data11 = data6.replace;
                                const _errs24 = errors;
                                const _errs25 = errors;
                                if (errors === _errs25) {
                                  if (Array.isArray(data11)) {
                                    var valid10 = true;
                                    const len5 = data11.length;
                                    for (let i5 = 0; i5 < len5; i5++) {
                                      const _errs27 = errors;
                                      if (typeof data11[i5] !== "string") {
                                        validate10.errors = [{ instancePath: instancePath + "/changes/replace/" + i5, schemaPath: "#/definitions/addresses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid10 = _errs27 === errors;
                                      if (!valid10) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate10.errors = [{ instancePath: instancePath + "/changes/replace", schemaPath: "#/definitions/addresses/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                                var valid4 = _errs24 === errors;
                              } else {
                                var valid4 = true;
                              }
                              if (valid4) {
                                if (data6.delete !== void 0) {
                                  let data13 = data6.delete;
                                  const _errs29 = errors;
                                  const _errs30 = errors;
                                  if (errors === _errs30) {
                                    if (Array.isArray(data13)) {
                                      var valid12 = true;
                                      const len6 = data13.length;
                                      for (let i6 = 0; i6 < len6; i6++) {
                                        const _errs32 = errors;
                                        if (typeof data13[i6] !== "string") {
                                          validate10.errors = [{ instancePath: instancePath + "/changes/delete/" + i6, schemaPath: "#/definitions/addresses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid12 = _errs32 === errors;
                                        if (!valid12) {
                                          break;
                                        }
                                      }
                                    } else {
                                      validate10.errors = [{ instancePath: instancePath + "/changes/delete", schemaPath: "#/definitions/addresses/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                      return false;
                                    }
                                  }
                                  var valid4 = _errs29 === errors;
                                } else {
                                  var valid4 = true;
                                }
                                if (valid4) {
                                  if (data6["no-op"] !== void 0) {
                                    let data15 = data6["no-op"];
                                    const _errs34 = errors;
                                    const _errs35 = errors;
                                    if (errors === _errs35) {
                                      if (Array.isArray(data15)) {
                                        var valid14 = true;
                                        const len7 = data15.length;
                                        for (let i7 = 0; i7 < len7; i7++) {
                                          const _errs37 = errors;
                                          if (typeof data15[i7] !== "string") {
                                            validate10.errors = [{ instancePath: instancePath + "/changes/no-op/" + i7, schemaPath: "#/definitions/addresses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid14 = _errs37 === errors;
                                          if (!valid14) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate10.errors = [{ instancePath: instancePath + "/changes/no-op", schemaPath: "#/definitions/addresses/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                      }
                                    }
                                    var valid4 = _errs34 === errors;
                                  } else {
                                    var valid4 = true;
                                  }
                                  if (valid4) {
                                    if (data6.read !== void 0) {
                                      let data17 = data6.read;
                                      const _errs39 = errors;
                                      const _errs40 = errors;
                                      if (errors === _errs40) {
                                        if (Array.isArray(data17)) {
                                          var valid16 = true;
                                          const len8 = data17.length;
                                          for (let i8 = 0; i8 < len8; i8++) {
                                            const _errs42 = errors;
                                            if (typeof data17[i8] !== "string") {
                                              validate10.errors = [{ instancePath: instancePath + "/changes/read/" + i8, schemaPath: "#/definitions/addresses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                            var valid16 = _errs42 === errors;
                                            if (!valid16) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate10.errors = [{ instancePath: instancePath + "/changes/read", schemaPath: "#/definitions/addresses/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                          return false;
                                        }
                                      }
                                      var valid4 = _errs39 === errors;
                                    } else {
                                      var valid4 = true;
                                    }
                                    if (valid4) {
                                      if (data6.forget !== void 0) {
                                        let data19 = data6.forget;
                                        const _errs44 = errors;
                                        const _errs45 = errors;
                                        if (errors === _errs45) {
                                          if (Array.isArray(data19)) {
                                            var valid18 = true;
                                            const len9 = data19.length;
                                            for (let i9 = 0; i9 < len9; i9++) {
                                              const _errs47 = errors;
                                              if (typeof data19[i9] !== "string") {
                                                validate10.errors = [{ instancePath: instancePath + "/changes/forget/" + i9, schemaPath: "#/definitions/addresses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid18 = _errs47 === errors;
                                              if (!valid18) {
                                                break;
                                              }
                                            }
                                          } else {
                                            validate10.errors = [{ instancePath: instancePath + "/changes/forget", schemaPath: "#/definitions/addresses/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                            return false;
                                          }
                                        }
                                        var valid4 = _errs44 === errors;
                                      } else {
                                        var valid4 = true;
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    } else {
                      validate10.errors = [{ instancePath: instancePath + "/changes", schemaPath: "#/properties/changes/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid0 = _errs11 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.inputs !== void 0) {
                    let data21 = data.inputs;
                    const _errs49 = errors;
                    if (errors === _errs49) {
                      if (Array.isArray(data21)) {
                        var valid19 = true;
                        const len10 = data21.length;
                        for (let i10 = 0; i10 < len10; i10++) {
                          let data22 = data21[i10];
                          const _errs51 = errors;
                          if (errors === _errs51) {
                            if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                              let missing2;
                              if (data22.path === void 0 && (missing2 = "path") || data22.type === void 0 && (missing2 = "type") || data22.resources === void 0 && (missing2 = "resources")) {
                                validate10.errors = [{ instancePath: instancePath + "/inputs/" + i10, schemaPath: "#/properties/inputs/items/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                return false;
                              } else {
                                const _errs53 = errors;
                                for (const key2 in data22) {
                                  if (!(key2 === "path" || key2 === "type" || key2 === "terraformVersion" || key2 === "formatVersion" || key2 === "resources")) {
                                    validate10.errors = [{ instancePath: instancePath + "/inputs/" + i10, schemaPath: "#/properties/inputs/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                                    return false;
                                    break;
                                  }
                                }
                                if (_errs53 === errors) {
                                  if (data22.path !== void 0) {
                                    const _errs54 = errors;
                                    if (typeof data22.path !== "string") {
                                      validate10.errors = [{ instancePath: instancePath + "/inputs/" + i10 + "/path", schemaPath: "#/properties/inputs/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid20 = _errs54 === errors;
                                  } else {
                                    var valid20 = true;
                                  }
                                  if (valid20) {
                                    if (data22.type !== void 0) {
                                      let data24 = data22.type;
                                      const _errs56 = errors;
                                      if (!(data24 === "terraform-plan" || data24 === "terraform-state" || data24 === "kubernetes")) {
                                        validate10.errors = [{ instancePath: instancePath + "/inputs/" + i10 + "/type", schemaPath: "#/definitions/inputType/enum", keyword: "enum", params: { allowedValues: schema23.enum }, message: "must be equal to one of the allowed values" }];
                                        return false;
                                      }
                                      var valid20 = _errs56 === errors;
                                    } else {
                                      var valid20 = true;
                                    }
                                    if (valid20) {
                                      if (data22.terraformVersion !== void 0) {
                                        const _errs58 = errors;
                                        if (typeof data22.terraformVersion !== "string") {
                                          validate10.errors = [{ instancePath: instancePath + "/inputs/" + i10 + "/terraformVersion", schemaPath: "#/properties/inputs/items/properties/terraformVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                        var valid20 = _errs58 === errors;
                                      } else {
                                        var valid20 = true;
                                      }
                                      if (valid20) {
                                        if (data22.formatVersion !== void 0) {
                                          const _errs60 = errors;
                                          if (typeof data22.formatVersion !== "string") {
                                            validate10.errors = [{ instancePath: instancePath + "/inputs/" + i10 + "/formatVersion", schemaPath: "#/properties/inputs/items/properties/formatVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid20 = _errs60 === errors;
                                        } else {
                                          var valid20 = true;
                                        }
                                        if (valid20) {
                                          if (data22.resources !== void 0) {
                                            let data27 = data22.resources;
                                            const _errs62 = errors;
                                            if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)))) {
                                              validate10.errors = [{ instancePath: instancePath + "/inputs/" + i10 + "/resources", schemaPath: "#/properties/inputs/items/properties/resources/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                              return false;
                                            }
                                            if (errors === _errs62) {
                                              if (typeof data27 == "number") {
                                                if (data27 < 0 || isNaN(data27)) {
                                                  validate10.errors = [{ instancePath: instancePath + "/inputs/" + i10 + "/resources", schemaPath: "#/properties/inputs/items/properties/resources/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                  return false;
                                                }
                                              }
                                            }
                                            var valid20 = _errs62 === errors;
                                          } else {
                                            var valid20 = true;
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            } else {
                              validate10.errors = [{ instancePath: instancePath + "/inputs/" + i10, schemaPath: "#/properties/inputs/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid19 = _errs51 === errors;
                          if (!valid19) {
                            break;
                          }
                        }
                      } else {
                        validate10.errors = [{ instancePath: instancePath + "/inputs", schemaPath: "#/properties/inputs/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs49 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.terraform !== void 0) {
                      let data28 = data.terraform;
                      const _errs64 = errors;
                      if (errors === _errs64) {
                        if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                          let missing3;
                          if (data28.providers === void 0 && (missing3 = "providers")) {
                            validate10.errors = [{ instancePath: instancePath + "/terraform", schemaPath: "#/properties/terraform/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                            return false;
                          } else {
                            const _errs66 = errors;
                            for (const key3 in data28) {
                              if (!(key3 === "providers")) {
                                validate10.errors = [{ instancePath: instancePath + "/terraform", schemaPath: "#/properties/terraform/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }];
                                return false;
                                break;
                              }
                            }
                            if (_errs66 === errors) {
                              if (data28.providers !== void 0) {
                                let data29 = data28.providers;
                                const _errs67 = errors;
                                if (errors === _errs67) {
                                  if (Array.isArray(data29)) {
                                    var valid23 = true;
                                    const len11 = data29.length;
                                    for (let i11 = 0; i11 < len11; i11++) {
                                      let data30 = data29[i11];
                                      const _errs69 = errors;
                                      if (errors === _errs69) {
                                        if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                                          let missing4;
                                          if (data30.name === void 0 && (missing4 = "name") || data30.alias === void 0 && (missing4 = "alias") || data30.module === void 0 && (missing4 = "module") || data30.source === void 0 && (missing4 = "source")) {
                                            validate10.errors = [{ instancePath: instancePath + "/terraform/providers/" + i11, schemaPath: "#/properties/terraform/properties/providers/items/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                            return false;
                                          } else {
                                            const _errs71 = errors;
                                            for (const key4 in data30) {
                                              if (!func2.call(schema11.properties.terraform.properties.providers.items.properties, key4)) {
                                                validate10.errors = [{ instancePath: instancePath + "/terraform/providers/" + i11, schemaPath: "#/properties/terraform/properties/providers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" }];
                                                return false;
                                                break;
                                              }
                                            }
                                            if (_errs71 === errors) {
                                              if (data30.name !== void 0) {
                                                const _errs72 = errors;
                                                if (typeof data30.name !== "string") {
                                                  validate10.errors = [{ instancePath: instancePath + "/terraform/providers/" + i11 + "/name", schemaPath: "#/properties/terraform/properties/providers/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid24 = _errs72 === errors;
                                              } else {
                                                var valid24 = true;
                                              }
                                              if (valid24) {
                                                if (data30.fullName !== void 0) {
                                                  const _errs74 = errors;
                                                  if (typeof data30.fullName !== "string") {
                                                    validate10.errors = [{ instancePath: instancePath + "/terraform/providers/" + i11 + "/fullName", schemaPath: "#/properties/terraform/properties/providers/items/properties/fullName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid24 = _errs74 === errors;
                                                } else {
                                                  var valid24 = true;
                                                }
                                                if (valid24) {
                                                  if (data30.alias !== void 0) {
                                                    let data33 = data30.alias;
                                                    const _errs76 = errors;
                                                    if (typeof data33 !== "string" && data33 !== null) {
                                                      validate10.errors = [{ instancePath: instancePath + "/terraform/providers/" + i11 + "/alias", schemaPath: "#/properties/terraform/properties/providers/items/properties/alias/type", keyword: "type", params: { type: schema11.properties.terraform.properties.providers.items.properties.alias.type }, message: "must be string,null" }];
                                                      return false;
                                                    }
                                                    var valid24 = _errs76 === errors;
                                                  } else {
                                                    var valid24 = true;
                                                  }
                                                  if (valid24) {
                                                    if (data30.module !== void 0) {
                                                      const _errs78 = errors;
                                                      if (typeof data30.module !== "string") {
                                                        validate10.errors = [{ instancePath: instancePath + "/terraform/providers/" + i11 + "/module", schemaPath: "#/properties/terraform/properties/providers/items/properties/module/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      var valid24 = _errs78 === errors;
                                                    } else {
                                                      var valid24 = true;
                                                    }
                                                    if (valid24) {
                                                      if (data30.region !== void 0) {
                                                        const _errs80 = errors;
                                                        if (typeof data30.region !== "string") {
                                                          validate10.errors = [{ instancePath: instancePath + "/terraform/providers/" + i11 + "/region", schemaPath: "#/properties/terraform/properties/providers/items/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                        var valid24 = _errs80 === errors;
                                                      } else {
                                                        var valid24 = true;
                                                      }
                                                      if (valid24) {
                                                        if (data30.location !== void 0) {
                                                          const _errs82 = errors;
                                                          if (typeof data30.location !== "string") {
                                                            validate10.errors = [{ instancePath: instancePath + "/terraform/providers/" + i11 + "/location", schemaPath: "#/properties/terraform/properties/providers/items/properties/location/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                          var valid24 = _errs82 === errors;
                                                        } else {
                                                          var valid24 = true;
                                                        }
                                                        if (valid24) {
                                                          if (data30.project !== void 0) {
                                                            const _errs84 = errors;
                                                            if (typeof data30.project !== "string") {
                                                              validate10.errors = [{ instancePath: instancePath + "/terraform/providers/" + i11 + "/project", schemaPath: "#/properties/terraform/properties/providers/items/properties/project/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                              return false;
                                                            }
                                                            var valid24 = _errs84 === errors;
                                                          } else {
                                                            var valid24 = true;
                                                          }
                                                          if (valid24) {
                                                            if (data30.unsettled !== void 0) {
                                                              let data38 = data30.unsettled;
                                                              const _errs86 = errors;
                                                              const _errs87 = errors;
                                                              if (errors === _errs87) {
                                                                if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                                                                  for (const key5 in data38) {
                                                                    const _errs90 = errors;
                                                                    if (typeof data38[key5] !== "string") {
                                                                      validate10.errors = [{ instancePath: instancePath + "/terraform/providers/" + i11 + "/unsettled/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                      return false;
                                                                    }
                                                                    var valid26 = _errs90 === errors;
                                                                    if (!valid26) {
                                                                      break;
                                                                    }
                                                                  }
                                                                } else {
                                                                  validate10.errors = [{ instancePath: instancePath + "/terraform/providers/" + i11 + "/unsettled", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                  return false;
                                                                }
                                                              }
                                                              var valid24 = _errs86 === errors;
                                                            } else {
                                                              var valid24 = true;
                                                            }
                                                            if (valid24) {
                                                              if (data30.defaultTags !== void 0) {
                                                                let data40 = data30.defaultTags;
                                                                const _errs92 = errors;
                                                                const _errs93 = errors;
                                                                if (errors === _errs93) {
                                                                  if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                                                                    for (const key6 in data40) {
                                                                      const _errs96 = errors;
                                                                      if (typeof data40[key6] !== "string") {
                                                                        validate10.errors = [{ instancePath: instancePath + "/terraform/providers/" + i11 + "/defaultTags/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                        return false;
                                                                      }
                                                                      var valid28 = _errs96 === errors;
                                                                      if (!valid28) {
                                                                        break;
                                                                      }
                                                                    }
                                                                  } else {
                                                                    validate10.errors = [{ instancePath: instancePath + "/terraform/providers/" + i11 + "/defaultTags", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                    return false;
                                                                  }
                                                                }
                                                                var valid24 = _errs92 === errors;
                                                              } else {
                                                                var valid24 = true;
                                                              }
                                                              if (valid24) {
                                                                if (data30.source !== void 0) {
                                                                  const _errs98 = errors;
                                                                  if (typeof data30.source !== "string") {
                                                                    validate10.errors = [{ instancePath: instancePath + "/terraform/providers/" + i11 + "/source", schemaPath: "#/properties/terraform/properties/providers/items/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                  }
                                                                  var valid24 = _errs98 === errors;
                                                                } else {
                                                                  var valid24 = true;
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        } else {
                                          validate10.errors = [{ instancePath: instancePath + "/terraform/providers/" + i11, schemaPath: "#/properties/terraform/properties/providers/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid23 = _errs69 === errors;
                                      if (!valid23) {
                                        break;
                                      }
                                    }
                                  } else {
                                    validate10.errors = [{ instancePath: instancePath + "/terraform/providers", schemaPath: "#/properties/terraform/properties/providers/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                  }
                                }
                              }
                            }
                          }
                        } else {
                          validate10.errors = [{ instancePath: instancePath + "/terraform", schemaPath: "#/properties/terraform/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid0 = _errs64 === errors;
                    } else {
                      var valid0 = true;
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate10.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate10.errors = vErrors;
  return errors === 0;
}
exports.digest = "5e9939391370fdfe8d23aa3c01e1ef8abd3ef82cd3573977c8eb9fd47416dee5";
