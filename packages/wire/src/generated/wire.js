/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $String = $util.global.String, $Boolean = $util.global.Boolean, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const multiverse = $root.multiverse = (() => {

    /**
     * Namespace multiverse.
     * @exports multiverse
     * @namespace
     */
    const multiverse = {};

    multiverse.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof multiverse
         * @namespace
         */
        const v1 = {};

        v1.HostInventory = (function() {

            /**
             * Properties of a HostInventory.
             * @typedef {Object} multiverse.v1.HostInventory.$Properties
             * @property {number|null} [version] HostInventory version
             * @property {string|null} [hostname] HostInventory hostname
             * @property {multiverse.v1.CpuInfo.$Properties|null} [cpu] HostInventory cpu
             * @property {multiverse.v1.MemoryInfo.$Properties|null} [memory] HostInventory memory
             * @property {Array.<multiverse.v1.NumaNode.$Properties>|null} [numaNodes] HostInventory numaNodes
             * @property {boolean|null} [kvm] HostInventory kvm
             * @property {Array.<multiverse.v1.PciDevice.$Properties>|null} [devices] HostInventory devices
             * @property {Array.<multiverse.v1.IommuGroup.$Properties>|null} [iommuGroups] HostInventory iommuGroups
             * @property {Array.<string>|null} [warnings] HostInventory warnings
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HostInventory.
             * @memberof multiverse.v1
             * @interface IHostInventory
             * @augments multiverse.v1.HostInventory.$Properties
             * @deprecated Use multiverse.v1.HostInventory.$Properties instead.
             */

            /**
             * Shape of a HostInventory.
             * @typedef {multiverse.v1.HostInventory.$Properties} multiverse.v1.HostInventory.$Shape
             */

            /**
             * Constructs a new HostInventory.
             * @memberof multiverse.v1
             * @classdesc Represents a HostInventory.
             * @constructor
             * @param {multiverse.v1.HostInventory.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HostInventory = function (properties) {
                this.numaNodes = [];
                this.devices = [];
                this.iommuGroups = [];
                this.warnings = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HostInventory version.
             * @member {number} version
             * @memberof multiverse.v1.HostInventory
             * @instance
             */
            HostInventory.prototype.version = 0;

            /**
             * HostInventory hostname.
             * @member {string} hostname
             * @memberof multiverse.v1.HostInventory
             * @instance
             */
            HostInventory.prototype.hostname = "";

            /**
             * HostInventory cpu.
             * @member {multiverse.v1.CpuInfo.$Properties|null|undefined} cpu
             * @memberof multiverse.v1.HostInventory
             * @instance
             */
            HostInventory.prototype.cpu = null;

            /**
             * HostInventory memory.
             * @member {multiverse.v1.MemoryInfo.$Properties|null|undefined} memory
             * @memberof multiverse.v1.HostInventory
             * @instance
             */
            HostInventory.prototype.memory = null;

            /**
             * HostInventory numaNodes.
             * @member {Array.<multiverse.v1.NumaNode.$Properties>} numaNodes
             * @memberof multiverse.v1.HostInventory
             * @instance
             */
            HostInventory.prototype.numaNodes = $util.emptyArray;

            /**
             * HostInventory kvm.
             * @member {boolean} kvm
             * @memberof multiverse.v1.HostInventory
             * @instance
             */
            HostInventory.prototype.kvm = false;

            /**
             * HostInventory devices.
             * @member {Array.<multiverse.v1.PciDevice.$Properties>} devices
             * @memberof multiverse.v1.HostInventory
             * @instance
             */
            HostInventory.prototype.devices = $util.emptyArray;

            /**
             * HostInventory iommuGroups.
             * @member {Array.<multiverse.v1.IommuGroup.$Properties>} iommuGroups
             * @memberof multiverse.v1.HostInventory
             * @instance
             */
            HostInventory.prototype.iommuGroups = $util.emptyArray;

            /**
             * HostInventory warnings.
             * @member {Array.<string>} warnings
             * @memberof multiverse.v1.HostInventory
             * @instance
             */
            HostInventory.prototype.warnings = $util.emptyArray;

            /**
             * Creates a new HostInventory instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.HostInventory
             * @static
             * @param {multiverse.v1.HostInventory.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.HostInventory} HostInventory instance
             * @type {{
             *   (properties: multiverse.v1.HostInventory.$Shape): multiverse.v1.HostInventory & multiverse.v1.HostInventory.$Shape;
             *   (properties?: multiverse.v1.HostInventory.$Properties): multiverse.v1.HostInventory;
             * }}
             */
            HostInventory.create = function(properties) {
                return new HostInventory(properties);
            };

            /**
             * Encodes the specified HostInventory message. Does not implicitly {@link multiverse.v1.HostInventory.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.HostInventory
             * @static
             * @param {multiverse.v1.HostInventory.$Properties} message HostInventory message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HostInventory.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.hostname);
                if (message.cpu != null && $Object.hasOwnProperty.call(message, "cpu"))
                    $root.multiverse.v1.CpuInfo.encode(message.cpu, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.memory != null && $Object.hasOwnProperty.call(message, "memory"))
                    $root.multiverse.v1.MemoryInfo.encode(message.memory, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.numaNodes != null && message.numaNodes.length)
                    for (let i = 0; i < message.numaNodes.length; ++i)
                        $root.multiverse.v1.NumaNode.encode(message.numaNodes[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.kvm != null && $Object.hasOwnProperty.call(message, "kvm") && message.kvm !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.kvm);
                if (message.devices != null && message.devices.length)
                    for (let i = 0; i < message.devices.length; ++i)
                        $root.multiverse.v1.PciDevice.encode(message.devices[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.iommuGroups != null && message.iommuGroups.length)
                    for (let i = 0; i < message.iommuGroups.length; ++i)
                        $root.multiverse.v1.IommuGroup.encode(message.iommuGroups[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.warnings != null && message.warnings.length)
                    for (let i = 0; i < message.warnings.length; ++i)
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.warnings[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HostInventory message, length delimited. Does not implicitly {@link multiverse.v1.HostInventory.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.HostInventory
             * @static
             * @param {multiverse.v1.HostInventory.$Properties} message HostInventory message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HostInventory.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HostInventory message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.HostInventory
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.HostInventory & multiverse.v1.HostInventory.$Shape} HostInventory
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HostInventory.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.HostInventory();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostname = value;
                            else
                                delete message.hostname;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.cpu = $root.multiverse.v1.CpuInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.cpu);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.memory = $root.multiverse.v1.MemoryInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.memory);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.numaNodes && message.numaNodes.length))
                                message.numaNodes = [];
                            message.numaNodes.push($root.multiverse.v1.NumaNode.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.kvm = value;
                            else
                                delete message.kvm;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.devices && message.devices.length))
                                message.devices = [];
                            message.devices.push($root.multiverse.v1.PciDevice.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.iommuGroups && message.iommuGroups.length))
                                message.iommuGroups = [];
                            message.iommuGroups.push($root.multiverse.v1.IommuGroup.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.warnings && message.warnings.length))
                                message.warnings = [];
                            message.warnings.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a HostInventory message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.HostInventory
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.HostInventory & multiverse.v1.HostInventory.$Shape} HostInventory
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HostInventory.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HostInventory message.
             * @function verify
             * @memberof multiverse.v1.HostInventory
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HostInventory.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isInteger(message.version))
                        return "version: integer expected";
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    if (!$util.isString(message.hostname))
                        return "hostname: string expected";
                if (message.cpu != null && $Object.hasOwnProperty.call(message, "cpu")) {
                    let error = $root.multiverse.v1.CpuInfo.verify(message.cpu, _depth + 1);
                    if (error)
                        return "cpu." + error;
                }
                if (message.memory != null && $Object.hasOwnProperty.call(message, "memory")) {
                    let error = $root.multiverse.v1.MemoryInfo.verify(message.memory, _depth + 1);
                    if (error)
                        return "memory." + error;
                }
                if (message.numaNodes != null && $Object.hasOwnProperty.call(message, "numaNodes")) {
                    if (!$Array.isArray(message.numaNodes))
                        return "numaNodes: array expected";
                    for (let i = 0; i < message.numaNodes.length; ++i) {
                        let error = $root.multiverse.v1.NumaNode.verify(message.numaNodes[i], _depth + 1);
                        if (error)
                            return "numaNodes." + error;
                    }
                }
                if (message.kvm != null && $Object.hasOwnProperty.call(message, "kvm"))
                    if (typeof message.kvm !== "boolean")
                        return "kvm: boolean expected";
                if (message.devices != null && $Object.hasOwnProperty.call(message, "devices")) {
                    if (!$Array.isArray(message.devices))
                        return "devices: array expected";
                    for (let i = 0; i < message.devices.length; ++i) {
                        let error = $root.multiverse.v1.PciDevice.verify(message.devices[i], _depth + 1);
                        if (error)
                            return "devices." + error;
                    }
                }
                if (message.iommuGroups != null && $Object.hasOwnProperty.call(message, "iommuGroups")) {
                    if (!$Array.isArray(message.iommuGroups))
                        return "iommuGroups: array expected";
                    for (let i = 0; i < message.iommuGroups.length; ++i) {
                        let error = $root.multiverse.v1.IommuGroup.verify(message.iommuGroups[i], _depth + 1);
                        if (error)
                            return "iommuGroups." + error;
                    }
                }
                if (message.warnings != null && $Object.hasOwnProperty.call(message, "warnings")) {
                    if (!$Array.isArray(message.warnings))
                        return "warnings: array expected";
                    for (let i = 0; i < message.warnings.length; ++i)
                        if (!$util.isString(message.warnings[i]))
                            return "warnings: string[] expected";
                }
                return null;
            };

            /**
             * Creates a HostInventory message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.HostInventory
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.HostInventory} HostInventory
             */
            HostInventory.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.HostInventory)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.HostInventory: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.HostInventory();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.hostname != null)
                    if (typeof object.hostname !== "string" || object.hostname.length)
                        message.hostname = $String(object.hostname);
                if (object.cpu != null) {
                    if (!$util.isObject(object.cpu))
                        throw $TypeError(".multiverse.v1.HostInventory.cpu: object expected");
                    message.cpu = $root.multiverse.v1.CpuInfo.fromObject(object.cpu, _depth + 1);
                }
                if (object.memory != null) {
                    if (!$util.isObject(object.memory))
                        throw $TypeError(".multiverse.v1.HostInventory.memory: object expected");
                    message.memory = $root.multiverse.v1.MemoryInfo.fromObject(object.memory, _depth + 1);
                }
                if (object.numaNodes) {
                    if (!$Array.isArray(object.numaNodes))
                        throw $TypeError(".multiverse.v1.HostInventory.numaNodes: array expected");
                    message.numaNodes = $Array(object.numaNodes.length);
                    for (let i = 0; i < object.numaNodes.length; ++i) {
                        if (!$util.isObject(object.numaNodes[i]))
                            throw $TypeError(".multiverse.v1.HostInventory.numaNodes: object expected");
                        message.numaNodes[i] = $root.multiverse.v1.NumaNode.fromObject(object.numaNodes[i], _depth + 1);
                    }
                }
                if (object.kvm != null)
                    if (object.kvm)
                        message.kvm = $Boolean(object.kvm);
                if (object.devices) {
                    if (!$Array.isArray(object.devices))
                        throw $TypeError(".multiverse.v1.HostInventory.devices: array expected");
                    message.devices = $Array(object.devices.length);
                    for (let i = 0; i < object.devices.length; ++i) {
                        if (!$util.isObject(object.devices[i]))
                            throw $TypeError(".multiverse.v1.HostInventory.devices: object expected");
                        message.devices[i] = $root.multiverse.v1.PciDevice.fromObject(object.devices[i], _depth + 1);
                    }
                }
                if (object.iommuGroups) {
                    if (!$Array.isArray(object.iommuGroups))
                        throw $TypeError(".multiverse.v1.HostInventory.iommuGroups: array expected");
                    message.iommuGroups = $Array(object.iommuGroups.length);
                    for (let i = 0; i < object.iommuGroups.length; ++i) {
                        if (!$util.isObject(object.iommuGroups[i]))
                            throw $TypeError(".multiverse.v1.HostInventory.iommuGroups: object expected");
                        message.iommuGroups[i] = $root.multiverse.v1.IommuGroup.fromObject(object.iommuGroups[i], _depth + 1);
                    }
                }
                if (object.warnings) {
                    if (!$Array.isArray(object.warnings))
                        throw $TypeError(".multiverse.v1.HostInventory.warnings: array expected");
                    message.warnings = $Array(object.warnings.length);
                    for (let i = 0; i < object.warnings.length; ++i)
                        message.warnings[i] = $String(object.warnings[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a HostInventory message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.HostInventory
             * @static
             * @param {multiverse.v1.HostInventory} message HostInventory
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HostInventory.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.numaNodes = [];
                    object.devices = [];
                    object.iommuGroups = [];
                    object.warnings = [];
                }
                if (options.defaults) {
                    object.version = 0;
                    object.hostname = "";
                    object.cpu = null;
                    object.memory = null;
                    object.kvm = false;
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    object.hostname = message.hostname;
                if (message.cpu != null && $Object.hasOwnProperty.call(message, "cpu"))
                    object.cpu = $root.multiverse.v1.CpuInfo.toObject(message.cpu, options, _depth + 1);
                if (message.memory != null && $Object.hasOwnProperty.call(message, "memory"))
                    object.memory = $root.multiverse.v1.MemoryInfo.toObject(message.memory, options, _depth + 1);
                if (message.numaNodes && message.numaNodes.length) {
                    object.numaNodes = $Array(message.numaNodes.length);
                    for (let j = 0; j < message.numaNodes.length; ++j)
                        object.numaNodes[j] = $root.multiverse.v1.NumaNode.toObject(message.numaNodes[j], options, _depth + 1);
                }
                if (message.kvm != null && $Object.hasOwnProperty.call(message, "kvm"))
                    object.kvm = message.kvm;
                if (message.devices && message.devices.length) {
                    object.devices = $Array(message.devices.length);
                    for (let j = 0; j < message.devices.length; ++j)
                        object.devices[j] = $root.multiverse.v1.PciDevice.toObject(message.devices[j], options, _depth + 1);
                }
                if (message.iommuGroups && message.iommuGroups.length) {
                    object.iommuGroups = $Array(message.iommuGroups.length);
                    for (let j = 0; j < message.iommuGroups.length; ++j)
                        object.iommuGroups[j] = $root.multiverse.v1.IommuGroup.toObject(message.iommuGroups[j], options, _depth + 1);
                }
                if (message.warnings && message.warnings.length) {
                    object.warnings = $Array(message.warnings.length);
                    for (let j = 0; j < message.warnings.length; ++j)
                        object.warnings[j] = message.warnings[j];
                }
                return object;
            };

            /**
             * Converts this HostInventory to JSON.
             * @function toJSON
             * @memberof multiverse.v1.HostInventory
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HostInventory.prototype.toJSON = function() {
                return HostInventory.toObject(this, $protobuf.util.toJSONOptions);
            };

            return HostInventory;
        })();

        v1.CpuInfo = (function() {

            /**
             * Properties of a CpuInfo.
             * @typedef {Object} multiverse.v1.CpuInfo.$Properties
             * @property {string|null} [model] CpuInfo model
             * @property {number|null} [threads] CpuInfo threads
             * @property {number|null} [sockets] CpuInfo sockets
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CpuInfo.
             * @memberof multiverse.v1
             * @interface ICpuInfo
             * @augments multiverse.v1.CpuInfo.$Properties
             * @deprecated Use multiverse.v1.CpuInfo.$Properties instead.
             */

            /**
             * Shape of a CpuInfo.
             * @typedef {multiverse.v1.CpuInfo.$Properties} multiverse.v1.CpuInfo.$Shape
             */

            /**
             * Constructs a new CpuInfo.
             * @memberof multiverse.v1
             * @classdesc Represents a CpuInfo.
             * @constructor
             * @param {multiverse.v1.CpuInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CpuInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CpuInfo model.
             * @member {string|null|undefined} model
             * @memberof multiverse.v1.CpuInfo
             * @instance
             */
            CpuInfo.prototype.model = null;

            /**
             * CpuInfo threads.
             * @member {number} threads
             * @memberof multiverse.v1.CpuInfo
             * @instance
             */
            CpuInfo.prototype.threads = 0;

            /**
             * CpuInfo sockets.
             * @member {number} sockets
             * @memberof multiverse.v1.CpuInfo
             * @instance
             */
            CpuInfo.prototype.sockets = 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(CpuInfo.prototype, "_model", {
                get: $util.oneOfGetter($oneOfFields = ["model"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new CpuInfo instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.CpuInfo
             * @static
             * @param {multiverse.v1.CpuInfo.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.CpuInfo} CpuInfo instance
             * @type {{
             *   (properties: multiverse.v1.CpuInfo.$Shape): multiverse.v1.CpuInfo & multiverse.v1.CpuInfo.$Shape;
             *   (properties?: multiverse.v1.CpuInfo.$Properties): multiverse.v1.CpuInfo;
             * }}
             */
            CpuInfo.create = function(properties) {
                return new CpuInfo(properties);
            };

            /**
             * Encodes the specified CpuInfo message. Does not implicitly {@link multiverse.v1.CpuInfo.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.CpuInfo
             * @static
             * @param {multiverse.v1.CpuInfo.$Properties} message CpuInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CpuInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.model);
                if (message.threads != null && $Object.hasOwnProperty.call(message, "threads") && message.threads !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.threads);
                if (message.sockets != null && $Object.hasOwnProperty.call(message, "sockets") && message.sockets !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.sockets);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CpuInfo message, length delimited. Does not implicitly {@link multiverse.v1.CpuInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.CpuInfo
             * @static
             * @param {multiverse.v1.CpuInfo.$Properties} message CpuInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CpuInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CpuInfo message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.CpuInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.CpuInfo & multiverse.v1.CpuInfo.$Shape} CpuInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CpuInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.CpuInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.model = reader.stringVerify();
                            message._model = "model";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.threads = value;
                            else
                                delete message.threads;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sockets = value;
                            else
                                delete message.sockets;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a CpuInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.CpuInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.CpuInfo & multiverse.v1.CpuInfo.$Shape} CpuInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CpuInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CpuInfo message.
             * @function verify
             * @memberof multiverse.v1.CpuInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CpuInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.model != null && $Object.hasOwnProperty.call(message, "model")) {
                    properties._model = 1;
                    if (!$util.isString(message.model))
                        return "model: string expected";
                }
                if (message.threads != null && $Object.hasOwnProperty.call(message, "threads"))
                    if (!$util.isInteger(message.threads))
                        return "threads: integer expected";
                if (message.sockets != null && $Object.hasOwnProperty.call(message, "sockets"))
                    if (!$util.isInteger(message.sockets))
                        return "sockets: integer expected";
                return null;
            };

            /**
             * Creates a CpuInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.CpuInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.CpuInfo} CpuInfo
             */
            CpuInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.CpuInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.CpuInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.CpuInfo();
                if (object.model != null)
                    message.model = $String(object.model);
                if (object.threads != null)
                    if ($Number(object.threads) !== 0)
                        message.threads = object.threads >>> 0;
                if (object.sockets != null)
                    if ($Number(object.sockets) !== 0)
                        message.sockets = object.sockets >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a CpuInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.CpuInfo
             * @static
             * @param {multiverse.v1.CpuInfo} message CpuInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CpuInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.threads = 0;
                    object.sockets = 0;
                }
                if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
                    object.model = message.model;
                if (message.threads != null && $Object.hasOwnProperty.call(message, "threads"))
                    object.threads = message.threads;
                if (message.sockets != null && $Object.hasOwnProperty.call(message, "sockets"))
                    object.sockets = message.sockets;
                return object;
            };

            /**
             * Converts this CpuInfo to JSON.
             * @function toJSON
             * @memberof multiverse.v1.CpuInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CpuInfo.prototype.toJSON = function() {
                return CpuInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CpuInfo;
        })();

        v1.MemoryInfo = (function() {

            /**
             * Properties of a MemoryInfo.
             * @typedef {Object} multiverse.v1.MemoryInfo.$Properties
             * @property {number|Long|null} [totalBytes] MemoryInfo totalBytes
             * @property {number|Long|null} [availableBytes] MemoryInfo availableBytes
             * @property {Array.<multiverse.v1.HugepagePool.$Properties>|null} [hugepages] MemoryInfo hugepages
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MemoryInfo.
             * @memberof multiverse.v1
             * @interface IMemoryInfo
             * @augments multiverse.v1.MemoryInfo.$Properties
             * @deprecated Use multiverse.v1.MemoryInfo.$Properties instead.
             */

            /**
             * Shape of a MemoryInfo.
             * @typedef {multiverse.v1.MemoryInfo.$Properties} multiverse.v1.MemoryInfo.$Shape
             */

            /**
             * Constructs a new MemoryInfo.
             * @memberof multiverse.v1
             * @classdesc Represents a MemoryInfo.
             * @constructor
             * @param {multiverse.v1.MemoryInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MemoryInfo = function (properties) {
                this.hugepages = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MemoryInfo totalBytes.
             * @member {number|Long} totalBytes
             * @memberof multiverse.v1.MemoryInfo
             * @instance
             */
            MemoryInfo.prototype.totalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MemoryInfo availableBytes.
             * @member {number|Long} availableBytes
             * @memberof multiverse.v1.MemoryInfo
             * @instance
             */
            MemoryInfo.prototype.availableBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MemoryInfo hugepages.
             * @member {Array.<multiverse.v1.HugepagePool.$Properties>} hugepages
             * @memberof multiverse.v1.MemoryInfo
             * @instance
             */
            MemoryInfo.prototype.hugepages = $util.emptyArray;

            /**
             * Creates a new MemoryInfo instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.MemoryInfo
             * @static
             * @param {multiverse.v1.MemoryInfo.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.MemoryInfo} MemoryInfo instance
             * @type {{
             *   (properties: multiverse.v1.MemoryInfo.$Shape): multiverse.v1.MemoryInfo & multiverse.v1.MemoryInfo.$Shape;
             *   (properties?: multiverse.v1.MemoryInfo.$Properties): multiverse.v1.MemoryInfo;
             * }}
             */
            MemoryInfo.create = function(properties) {
                return new MemoryInfo(properties);
            };

            /**
             * Encodes the specified MemoryInfo message. Does not implicitly {@link multiverse.v1.MemoryInfo.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.MemoryInfo
             * @static
             * @param {multiverse.v1.MemoryInfo.$Properties} message MemoryInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MemoryInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes") && (typeof message.totalBytes === "object" ? message.totalBytes.low || message.totalBytes.high : message.totalBytes !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.totalBytes);
                if (message.availableBytes != null && $Object.hasOwnProperty.call(message, "availableBytes") && (typeof message.availableBytes === "object" ? message.availableBytes.low || message.availableBytes.high : message.availableBytes !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.availableBytes);
                if (message.hugepages != null && message.hugepages.length)
                    for (let i = 0; i < message.hugepages.length; ++i)
                        $root.multiverse.v1.HugepagePool.encode(message.hugepages[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MemoryInfo message, length delimited. Does not implicitly {@link multiverse.v1.MemoryInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.MemoryInfo
             * @static
             * @param {multiverse.v1.MemoryInfo.$Properties} message MemoryInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MemoryInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MemoryInfo message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.MemoryInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.MemoryInfo & multiverse.v1.MemoryInfo.$Shape} MemoryInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MemoryInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.MemoryInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.totalBytes = value;
                            else
                                delete message.totalBytes;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.availableBytes = value;
                            else
                                delete message.availableBytes;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.hugepages && message.hugepages.length))
                                message.hugepages = [];
                            message.hugepages.push($root.multiverse.v1.HugepagePool.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MemoryInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.MemoryInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.MemoryInfo & multiverse.v1.MemoryInfo.$Shape} MemoryInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MemoryInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MemoryInfo message.
             * @function verify
             * @memberof multiverse.v1.MemoryInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MemoryInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes"))
                    if (!$util.isInteger(message.totalBytes) && !(message.totalBytes && $util.isInteger(message.totalBytes.low) && $util.isInteger(message.totalBytes.high)))
                        return "totalBytes: integer|Long expected";
                if (message.availableBytes != null && $Object.hasOwnProperty.call(message, "availableBytes"))
                    if (!$util.isInteger(message.availableBytes) && !(message.availableBytes && $util.isInteger(message.availableBytes.low) && $util.isInteger(message.availableBytes.high)))
                        return "availableBytes: integer|Long expected";
                if (message.hugepages != null && $Object.hasOwnProperty.call(message, "hugepages")) {
                    if (!$Array.isArray(message.hugepages))
                        return "hugepages: array expected";
                    for (let i = 0; i < message.hugepages.length; ++i) {
                        let error = $root.multiverse.v1.HugepagePool.verify(message.hugepages[i], _depth + 1);
                        if (error)
                            return "hugepages." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a MemoryInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.MemoryInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.MemoryInfo} MemoryInfo
             */
            MemoryInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.MemoryInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.MemoryInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.MemoryInfo();
                if (object.totalBytes != null)
                    if (typeof object.totalBytes === "object" ? object.totalBytes.low || object.totalBytes.high : $Number(object.totalBytes) !== 0)
                        if ($util.Long)
                            message.totalBytes = $util.Long.fromValue(object.totalBytes, true);
                        else if (typeof object.totalBytes === "string")
                            message.totalBytes = $parseInt(object.totalBytes, 10);
                        else if (typeof object.totalBytes === "number")
                            message.totalBytes = object.totalBytes;
                        else if (typeof object.totalBytes === "object")
                            message.totalBytes = new $util.LongBits(object.totalBytes.low >>> 0, object.totalBytes.high >>> 0).toNumber(true);
                if (object.availableBytes != null)
                    if (typeof object.availableBytes === "object" ? object.availableBytes.low || object.availableBytes.high : $Number(object.availableBytes) !== 0)
                        if ($util.Long)
                            message.availableBytes = $util.Long.fromValue(object.availableBytes, true);
                        else if (typeof object.availableBytes === "string")
                            message.availableBytes = $parseInt(object.availableBytes, 10);
                        else if (typeof object.availableBytes === "number")
                            message.availableBytes = object.availableBytes;
                        else if (typeof object.availableBytes === "object")
                            message.availableBytes = new $util.LongBits(object.availableBytes.low >>> 0, object.availableBytes.high >>> 0).toNumber(true);
                if (object.hugepages) {
                    if (!$Array.isArray(object.hugepages))
                        throw $TypeError(".multiverse.v1.MemoryInfo.hugepages: array expected");
                    message.hugepages = $Array(object.hugepages.length);
                    for (let i = 0; i < object.hugepages.length; ++i) {
                        if (!$util.isObject(object.hugepages[i]))
                            throw $TypeError(".multiverse.v1.MemoryInfo.hugepages: object expected");
                        message.hugepages[i] = $root.multiverse.v1.HugepagePool.fromObject(object.hugepages[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a MemoryInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.MemoryInfo
             * @static
             * @param {multiverse.v1.MemoryInfo} message MemoryInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MemoryInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.hugepages = [];
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.totalBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.totalBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.availableBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.availableBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.totalBytes = typeof message.totalBytes === "number" ? $BigInt(message.totalBytes) : $util.Long.fromBits(message.totalBytes.low >>> 0, message.totalBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.totalBytes === "number")
                        object.totalBytes = options.longs === $String ? $String(message.totalBytes) : message.totalBytes;
                    else
                        object.totalBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.totalBytes) : options.longs === $Number ? new $util.LongBits(message.totalBytes.low >>> 0, message.totalBytes.high >>> 0).toNumber(true) : message.totalBytes;
                if (message.availableBytes != null && $Object.hasOwnProperty.call(message, "availableBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.availableBytes = typeof message.availableBytes === "number" ? $BigInt(message.availableBytes) : $util.Long.fromBits(message.availableBytes.low >>> 0, message.availableBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.availableBytes === "number")
                        object.availableBytes = options.longs === $String ? $String(message.availableBytes) : message.availableBytes;
                    else
                        object.availableBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.availableBytes) : options.longs === $Number ? new $util.LongBits(message.availableBytes.low >>> 0, message.availableBytes.high >>> 0).toNumber(true) : message.availableBytes;
                if (message.hugepages && message.hugepages.length) {
                    object.hugepages = $Array(message.hugepages.length);
                    for (let j = 0; j < message.hugepages.length; ++j)
                        object.hugepages[j] = $root.multiverse.v1.HugepagePool.toObject(message.hugepages[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this MemoryInfo to JSON.
             * @function toJSON
             * @memberof multiverse.v1.MemoryInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MemoryInfo.prototype.toJSON = function() {
                return MemoryInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return MemoryInfo;
        })();

        v1.HugepagePool = (function() {

            /**
             * Properties of a HugepagePool.
             * @typedef {Object} multiverse.v1.HugepagePool.$Properties
             * @property {number|Long|null} [sizeBytes] HugepagePool sizeBytes
             * @property {number|Long|null} [total] HugepagePool total
             * @property {number|Long|null} [free] HugepagePool free
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HugepagePool.
             * @memberof multiverse.v1
             * @interface IHugepagePool
             * @augments multiverse.v1.HugepagePool.$Properties
             * @deprecated Use multiverse.v1.HugepagePool.$Properties instead.
             */

            /**
             * Shape of a HugepagePool.
             * @typedef {multiverse.v1.HugepagePool.$Properties} multiverse.v1.HugepagePool.$Shape
             */

            /**
             * Constructs a new HugepagePool.
             * @memberof multiverse.v1
             * @classdesc Represents a HugepagePool.
             * @constructor
             * @param {multiverse.v1.HugepagePool.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HugepagePool = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HugepagePool sizeBytes.
             * @member {number|Long} sizeBytes
             * @memberof multiverse.v1.HugepagePool
             * @instance
             */
            HugepagePool.prototype.sizeBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HugepagePool total.
             * @member {number|Long} total
             * @memberof multiverse.v1.HugepagePool
             * @instance
             */
            HugepagePool.prototype.total = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HugepagePool free.
             * @member {number|Long} free
             * @memberof multiverse.v1.HugepagePool
             * @instance
             */
            HugepagePool.prototype.free = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new HugepagePool instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.HugepagePool
             * @static
             * @param {multiverse.v1.HugepagePool.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.HugepagePool} HugepagePool instance
             * @type {{
             *   (properties: multiverse.v1.HugepagePool.$Shape): multiverse.v1.HugepagePool & multiverse.v1.HugepagePool.$Shape;
             *   (properties?: multiverse.v1.HugepagePool.$Properties): multiverse.v1.HugepagePool;
             * }}
             */
            HugepagePool.create = function(properties) {
                return new HugepagePool(properties);
            };

            /**
             * Encodes the specified HugepagePool message. Does not implicitly {@link multiverse.v1.HugepagePool.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.HugepagePool
             * @static
             * @param {multiverse.v1.HugepagePool.$Properties} message HugepagePool message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HugepagePool.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes") && (typeof message.sizeBytes === "object" ? message.sizeBytes.low || message.sizeBytes.high : message.sizeBytes !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.sizeBytes);
                if (message.total != null && $Object.hasOwnProperty.call(message, "total") && (typeof message.total === "object" ? message.total.low || message.total.high : message.total !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.total);
                if (message.free != null && $Object.hasOwnProperty.call(message, "free") && (typeof message.free === "object" ? message.free.low || message.free.high : message.free !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.free);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HugepagePool message, length delimited. Does not implicitly {@link multiverse.v1.HugepagePool.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.HugepagePool
             * @static
             * @param {multiverse.v1.HugepagePool.$Properties} message HugepagePool message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HugepagePool.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HugepagePool message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.HugepagePool
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.HugepagePool & multiverse.v1.HugepagePool.$Shape} HugepagePool
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HugepagePool.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.HugepagePool();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sizeBytes = value;
                            else
                                delete message.sizeBytes;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.total = value;
                            else
                                delete message.total;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.free = value;
                            else
                                delete message.free;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a HugepagePool message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.HugepagePool
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.HugepagePool & multiverse.v1.HugepagePool.$Shape} HugepagePool
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HugepagePool.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HugepagePool message.
             * @function verify
             * @memberof multiverse.v1.HugepagePool
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HugepagePool.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes"))
                    if (!$util.isInteger(message.sizeBytes) && !(message.sizeBytes && $util.isInteger(message.sizeBytes.low) && $util.isInteger(message.sizeBytes.high)))
                        return "sizeBytes: integer|Long expected";
                if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                    if (!$util.isInteger(message.total) && !(message.total && $util.isInteger(message.total.low) && $util.isInteger(message.total.high)))
                        return "total: integer|Long expected";
                if (message.free != null && $Object.hasOwnProperty.call(message, "free"))
                    if (!$util.isInteger(message.free) && !(message.free && $util.isInteger(message.free.low) && $util.isInteger(message.free.high)))
                        return "free: integer|Long expected";
                return null;
            };

            /**
             * Creates a HugepagePool message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.HugepagePool
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.HugepagePool} HugepagePool
             */
            HugepagePool.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.HugepagePool)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.HugepagePool: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.HugepagePool();
                if (object.sizeBytes != null)
                    if (typeof object.sizeBytes === "object" ? object.sizeBytes.low || object.sizeBytes.high : $Number(object.sizeBytes) !== 0)
                        if ($util.Long)
                            message.sizeBytes = $util.Long.fromValue(object.sizeBytes, true);
                        else if (typeof object.sizeBytes === "string")
                            message.sizeBytes = $parseInt(object.sizeBytes, 10);
                        else if (typeof object.sizeBytes === "number")
                            message.sizeBytes = object.sizeBytes;
                        else if (typeof object.sizeBytes === "object")
                            message.sizeBytes = new $util.LongBits(object.sizeBytes.low >>> 0, object.sizeBytes.high >>> 0).toNumber(true);
                if (object.total != null)
                    if (typeof object.total === "object" ? object.total.low || object.total.high : $Number(object.total) !== 0)
                        if ($util.Long)
                            message.total = $util.Long.fromValue(object.total, true);
                        else if (typeof object.total === "string")
                            message.total = $parseInt(object.total, 10);
                        else if (typeof object.total === "number")
                            message.total = object.total;
                        else if (typeof object.total === "object")
                            message.total = new $util.LongBits(object.total.low >>> 0, object.total.high >>> 0).toNumber(true);
                if (object.free != null)
                    if (typeof object.free === "object" ? object.free.low || object.free.high : $Number(object.free) !== 0)
                        if ($util.Long)
                            message.free = $util.Long.fromValue(object.free, true);
                        else if (typeof object.free === "string")
                            message.free = $parseInt(object.free, 10);
                        else if (typeof object.free === "number")
                            message.free = object.free;
                        else if (typeof object.free === "object")
                            message.free = new $util.LongBits(object.free.low >>> 0, object.free.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a HugepagePool message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.HugepagePool
             * @static
             * @param {multiverse.v1.HugepagePool} message HugepagePool
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HugepagePool.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sizeBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sizeBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.total = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.total = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.free = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.free = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sizeBytes = typeof message.sizeBytes === "number" ? $BigInt(message.sizeBytes) : $util.Long.fromBits(message.sizeBytes.low >>> 0, message.sizeBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.sizeBytes === "number")
                        object.sizeBytes = options.longs === $String ? $String(message.sizeBytes) : message.sizeBytes;
                    else
                        object.sizeBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.sizeBytes) : options.longs === $Number ? new $util.LongBits(message.sizeBytes.low >>> 0, message.sizeBytes.high >>> 0).toNumber(true) : message.sizeBytes;
                if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.total = typeof message.total === "number" ? $BigInt(message.total) : $util.Long.fromBits(message.total.low >>> 0, message.total.high >>> 0, true).toBigInt();
                    else if (typeof message.total === "number")
                        object.total = options.longs === $String ? $String(message.total) : message.total;
                    else
                        object.total = options.longs === $String ? $util.Long.prototype.toString.call(message.total) : options.longs === $Number ? new $util.LongBits(message.total.low >>> 0, message.total.high >>> 0).toNumber(true) : message.total;
                if (message.free != null && $Object.hasOwnProperty.call(message, "free"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.free = typeof message.free === "number" ? $BigInt(message.free) : $util.Long.fromBits(message.free.low >>> 0, message.free.high >>> 0, true).toBigInt();
                    else if (typeof message.free === "number")
                        object.free = options.longs === $String ? $String(message.free) : message.free;
                    else
                        object.free = options.longs === $String ? $util.Long.prototype.toString.call(message.free) : options.longs === $Number ? new $util.LongBits(message.free.low >>> 0, message.free.high >>> 0).toNumber(true) : message.free;
                return object;
            };

            /**
             * Converts this HugepagePool to JSON.
             * @function toJSON
             * @memberof multiverse.v1.HugepagePool
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HugepagePool.prototype.toJSON = function() {
                return HugepagePool.toObject(this, $protobuf.util.toJSONOptions);
            };

            return HugepagePool;
        })();

        v1.NumaNode = (function() {

            /**
             * Properties of a NumaNode.
             * @typedef {Object} multiverse.v1.NumaNode.$Properties
             * @property {number|null} [id] NumaNode id
             * @property {Array.<number>|null} [cpus] NumaNode cpus
             * @property {number|Long|null} [memoryBytes] NumaNode memoryBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NumaNode.
             * @memberof multiverse.v1
             * @interface INumaNode
             * @augments multiverse.v1.NumaNode.$Properties
             * @deprecated Use multiverse.v1.NumaNode.$Properties instead.
             */

            /**
             * Shape of a NumaNode.
             * @typedef {multiverse.v1.NumaNode.$Properties} multiverse.v1.NumaNode.$Shape
             */

            /**
             * Constructs a new NumaNode.
             * @memberof multiverse.v1
             * @classdesc Represents a NumaNode.
             * @constructor
             * @param {multiverse.v1.NumaNode.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NumaNode = function (properties) {
                this.cpus = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NumaNode id.
             * @member {number} id
             * @memberof multiverse.v1.NumaNode
             * @instance
             */
            NumaNode.prototype.id = 0;

            /**
             * NumaNode cpus.
             * @member {Array.<number>} cpus
             * @memberof multiverse.v1.NumaNode
             * @instance
             */
            NumaNode.prototype.cpus = $util.emptyArray;

            /**
             * NumaNode memoryBytes.
             * @member {number|Long} memoryBytes
             * @memberof multiverse.v1.NumaNode
             * @instance
             */
            NumaNode.prototype.memoryBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new NumaNode instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.NumaNode
             * @static
             * @param {multiverse.v1.NumaNode.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.NumaNode} NumaNode instance
             * @type {{
             *   (properties: multiverse.v1.NumaNode.$Shape): multiverse.v1.NumaNode & multiverse.v1.NumaNode.$Shape;
             *   (properties?: multiverse.v1.NumaNode.$Properties): multiverse.v1.NumaNode;
             * }}
             */
            NumaNode.create = function(properties) {
                return new NumaNode(properties);
            };

            /**
             * Encodes the specified NumaNode message. Does not implicitly {@link multiverse.v1.NumaNode.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.NumaNode
             * @static
             * @param {multiverse.v1.NumaNode.$Properties} message NumaNode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NumaNode.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                if (message.cpus != null && message.cpus.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).uint32s(message.cpus);
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes") && (typeof message.memoryBytes === "object" ? message.memoryBytes.low || message.memoryBytes.high : message.memoryBytes !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.memoryBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified NumaNode message, length delimited. Does not implicitly {@link multiverse.v1.NumaNode.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.NumaNode
             * @static
             * @param {multiverse.v1.NumaNode.$Properties} message NumaNode message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NumaNode.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NumaNode message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.NumaNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.NumaNode & multiverse.v1.NumaNode.$Shape} NumaNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NumaNode.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.NumaNode();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.cpus && message.cpus.length))
                                    message.cpus = [];
                                reader.uint32s(message.cpus);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.cpus && message.cpus.length))
                                message.cpus = [];
                            message.cpus.push(reader.uint32());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryBytes = value;
                            else
                                delete message.memoryBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a NumaNode message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.NumaNode
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.NumaNode & multiverse.v1.NumaNode.$Shape} NumaNode
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NumaNode.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a NumaNode message.
             * @function verify
             * @memberof multiverse.v1.NumaNode
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NumaNode.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isInteger(message.id))
                        return "id: integer expected";
                if (message.cpus != null && $Object.hasOwnProperty.call(message, "cpus")) {
                    if (!$Array.isArray(message.cpus))
                        return "cpus: array expected";
                    for (let i = 0; i < message.cpus.length; ++i)
                        if (!$util.isInteger(message.cpus[i]))
                            return "cpus: integer[] expected";
                }
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes"))
                    if (!$util.isInteger(message.memoryBytes) && !(message.memoryBytes && $util.isInteger(message.memoryBytes.low) && $util.isInteger(message.memoryBytes.high)))
                        return "memoryBytes: integer|Long expected";
                return null;
            };

            /**
             * Creates a NumaNode message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.NumaNode
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.NumaNode} NumaNode
             */
            NumaNode.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.NumaNode)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.NumaNode: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.NumaNode();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.cpus) {
                    if (!$Array.isArray(object.cpus))
                        throw $TypeError(".multiverse.v1.NumaNode.cpus: array expected");
                    message.cpus = $Array(object.cpus.length);
                    for (let i = 0; i < object.cpus.length; ++i)
                        message.cpus[i] = object.cpus[i] >>> 0;
                }
                if (object.memoryBytes != null)
                    if (typeof object.memoryBytes === "object" ? object.memoryBytes.low || object.memoryBytes.high : $Number(object.memoryBytes) !== 0)
                        if ($util.Long)
                            message.memoryBytes = $util.Long.fromValue(object.memoryBytes, true);
                        else if (typeof object.memoryBytes === "string")
                            message.memoryBytes = $parseInt(object.memoryBytes, 10);
                        else if (typeof object.memoryBytes === "number")
                            message.memoryBytes = object.memoryBytes;
                        else if (typeof object.memoryBytes === "object")
                            message.memoryBytes = new $util.LongBits(object.memoryBytes.low >>> 0, object.memoryBytes.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a NumaNode message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.NumaNode
             * @static
             * @param {multiverse.v1.NumaNode} message NumaNode
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NumaNode.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.cpus = [];
                if (options.defaults) {
                    object.id = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memoryBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.cpus && message.cpus.length) {
                    object.cpus = $Array(message.cpus.length);
                    for (let j = 0; j < message.cpus.length; ++j)
                        object.cpus[j] = message.cpus[j];
                }
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryBytes = typeof message.memoryBytes === "number" ? $BigInt(message.memoryBytes) : $util.Long.fromBits(message.memoryBytes.low >>> 0, message.memoryBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.memoryBytes === "number")
                        object.memoryBytes = options.longs === $String ? $String(message.memoryBytes) : message.memoryBytes;
                    else
                        object.memoryBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryBytes) : options.longs === $Number ? new $util.LongBits(message.memoryBytes.low >>> 0, message.memoryBytes.high >>> 0).toNumber(true) : message.memoryBytes;
                return object;
            };

            /**
             * Converts this NumaNode to JSON.
             * @function toJSON
             * @memberof multiverse.v1.NumaNode
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NumaNode.prototype.toJSON = function() {
                return NumaNode.toObject(this, $protobuf.util.toJSONOptions);
            };

            return NumaNode;
        })();

        v1.PciDevice = (function() {

            /**
             * Properties of a PciDevice.
             * @typedef {Object} multiverse.v1.PciDevice.$Properties
             * @property {string|null} [address] PciDevice address
             * @property {string|null} [vendorId] PciDevice vendorId
             * @property {string|null} [deviceId] PciDevice deviceId
             * @property {string|null} [subsystemVendorId] PciDevice subsystemVendorId
             * @property {string|null} [subsystemDeviceId] PciDevice subsystemDeviceId
             * @property {string|null} [classCode] PciDevice classCode
             * @property {string|null} [className] PciDevice className
             * @property {string|null} [vendorName] PciDevice vendorName
             * @property {string|null} [deviceName] PciDevice deviceName
             * @property {string|null} [driver] PciDevice driver
             * @property {number|null} [iommuGroup] PciDevice iommuGroup
             * @property {number|null} [numaNode] PciDevice numaNode
             * @property {boolean|null} [isBridge] PciDevice isBridge
             * @property {boolean|null} [bootVga] PciDevice bootVga
             * @property {Array.<string>|null} [netInterfaces] PciDevice netInterfaces
             * @property {multiverse.v1.SriovInfo.$Properties|null} [sriov] PciDevice sriov
             * @property {string|null} [physfn] PciDevice physfn
             * @property {boolean|null} [assignable] PciDevice assignable
             * @property {Array.<multiverse.v1.Reason.$Properties>|null} [reasons] PciDevice reasons
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PciDevice.
             * @memberof multiverse.v1
             * @interface IPciDevice
             * @augments multiverse.v1.PciDevice.$Properties
             * @deprecated Use multiverse.v1.PciDevice.$Properties instead.
             */

            /**
             * Shape of a PciDevice.
             * @typedef {multiverse.v1.PciDevice.$Properties} multiverse.v1.PciDevice.$Shape
             */

            /**
             * Constructs a new PciDevice.
             * @memberof multiverse.v1
             * @classdesc Represents a PciDevice.
             * @constructor
             * @param {multiverse.v1.PciDevice.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PciDevice = function (properties) {
                this.netInterfaces = [];
                this.reasons = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PciDevice address.
             * @member {string} address
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.address = "";

            /**
             * PciDevice vendorId.
             * @member {string|null|undefined} vendorId
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.vendorId = null;

            /**
             * PciDevice deviceId.
             * @member {string|null|undefined} deviceId
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.deviceId = null;

            /**
             * PciDevice subsystemVendorId.
             * @member {string|null|undefined} subsystemVendorId
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.subsystemVendorId = null;

            /**
             * PciDevice subsystemDeviceId.
             * @member {string|null|undefined} subsystemDeviceId
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.subsystemDeviceId = null;

            /**
             * PciDevice classCode.
             * @member {string|null|undefined} classCode
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.classCode = null;

            /**
             * PciDevice className.
             * @member {string} className
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.className = "";

            /**
             * PciDevice vendorName.
             * @member {string|null|undefined} vendorName
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.vendorName = null;

            /**
             * PciDevice deviceName.
             * @member {string|null|undefined} deviceName
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.deviceName = null;

            /**
             * PciDevice driver.
             * @member {string|null|undefined} driver
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.driver = null;

            /**
             * PciDevice iommuGroup.
             * @member {number|null|undefined} iommuGroup
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.iommuGroup = null;

            /**
             * PciDevice numaNode.
             * @member {number|null|undefined} numaNode
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.numaNode = null;

            /**
             * PciDevice isBridge.
             * @member {boolean} isBridge
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.isBridge = false;

            /**
             * PciDevice bootVga.
             * @member {boolean} bootVga
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.bootVga = false;

            /**
             * PciDevice netInterfaces.
             * @member {Array.<string>} netInterfaces
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.netInterfaces = $util.emptyArray;

            /**
             * PciDevice sriov.
             * @member {multiverse.v1.SriovInfo.$Properties|null|undefined} sriov
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.sriov = null;

            /**
             * PciDevice physfn.
             * @member {string|null|undefined} physfn
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.physfn = null;

            /**
             * PciDevice assignable.
             * @member {boolean} assignable
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.assignable = false;

            /**
             * PciDevice reasons.
             * @member {Array.<multiverse.v1.Reason.$Properties>} reasons
             * @memberof multiverse.v1.PciDevice
             * @instance
             */
            PciDevice.prototype.reasons = $util.emptyArray;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PciDevice.prototype, "_vendorId", {
                get: $util.oneOfGetter($oneOfFields = ["vendorId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PciDevice.prototype, "_deviceId", {
                get: $util.oneOfGetter($oneOfFields = ["deviceId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PciDevice.prototype, "_subsystemVendorId", {
                get: $util.oneOfGetter($oneOfFields = ["subsystemVendorId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PciDevice.prototype, "_subsystemDeviceId", {
                get: $util.oneOfGetter($oneOfFields = ["subsystemDeviceId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PciDevice.prototype, "_classCode", {
                get: $util.oneOfGetter($oneOfFields = ["classCode"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PciDevice.prototype, "_vendorName", {
                get: $util.oneOfGetter($oneOfFields = ["vendorName"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PciDevice.prototype, "_deviceName", {
                get: $util.oneOfGetter($oneOfFields = ["deviceName"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PciDevice.prototype, "_driver", {
                get: $util.oneOfGetter($oneOfFields = ["driver"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PciDevice.prototype, "_iommuGroup", {
                get: $util.oneOfGetter($oneOfFields = ["iommuGroup"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PciDevice.prototype, "_numaNode", {
                get: $util.oneOfGetter($oneOfFields = ["numaNode"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(PciDevice.prototype, "_physfn", {
                get: $util.oneOfGetter($oneOfFields = ["physfn"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new PciDevice instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.PciDevice
             * @static
             * @param {multiverse.v1.PciDevice.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.PciDevice} PciDevice instance
             * @type {{
             *   (properties: multiverse.v1.PciDevice.$Shape): multiverse.v1.PciDevice & multiverse.v1.PciDevice.$Shape;
             *   (properties?: multiverse.v1.PciDevice.$Properties): multiverse.v1.PciDevice;
             * }}
             */
            PciDevice.create = function(properties) {
                return new PciDevice(properties);
            };

            /**
             * Encodes the specified PciDevice message. Does not implicitly {@link multiverse.v1.PciDevice.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.PciDevice
             * @static
             * @param {multiverse.v1.PciDevice.$Properties} message PciDevice message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PciDevice.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.address);
                if (message.vendorId != null && $Object.hasOwnProperty.call(message, "vendorId"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.vendorId);
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.deviceId);
                if (message.subsystemVendorId != null && $Object.hasOwnProperty.call(message, "subsystemVendorId"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.subsystemVendorId);
                if (message.subsystemDeviceId != null && $Object.hasOwnProperty.call(message, "subsystemDeviceId"))
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.subsystemDeviceId);
                if (message.classCode != null && $Object.hasOwnProperty.call(message, "classCode"))
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.classCode);
                if (message.className != null && $Object.hasOwnProperty.call(message, "className") && message.className !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.className);
                if (message.vendorName != null && $Object.hasOwnProperty.call(message, "vendorName"))
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.vendorName);
                if (message.deviceName != null && $Object.hasOwnProperty.call(message, "deviceName"))
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.deviceName);
                if (message.driver != null && $Object.hasOwnProperty.call(message, "driver"))
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.driver);
                if (message.iommuGroup != null && $Object.hasOwnProperty.call(message, "iommuGroup"))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.iommuGroup);
                if (message.numaNode != null && $Object.hasOwnProperty.call(message, "numaNode"))
                    writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.numaNode);
                if (message.isBridge != null && $Object.hasOwnProperty.call(message, "isBridge") && message.isBridge !== false)
                    writer.uint32(/* id 13, wireType 0 =*/104).bool(message.isBridge);
                if (message.bootVga != null && $Object.hasOwnProperty.call(message, "bootVga") && message.bootVga !== false)
                    writer.uint32(/* id 14, wireType 0 =*/112).bool(message.bootVga);
                if (message.netInterfaces != null && message.netInterfaces.length)
                    for (let i = 0; i < message.netInterfaces.length; ++i)
                        writer.uint32(/* id 15, wireType 2 =*/122).string(message.netInterfaces[i]);
                if (message.sriov != null && $Object.hasOwnProperty.call(message, "sriov"))
                    $root.multiverse.v1.SriovInfo.encode(message.sriov, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.physfn != null && $Object.hasOwnProperty.call(message, "physfn"))
                    writer.uint32(/* id 17, wireType 2 =*/138).string(message.physfn);
                if (message.assignable != null && $Object.hasOwnProperty.call(message, "assignable") && message.assignable !== false)
                    writer.uint32(/* id 18, wireType 0 =*/144).bool(message.assignable);
                if (message.reasons != null && message.reasons.length)
                    for (let i = 0; i < message.reasons.length; ++i)
                        $root.multiverse.v1.Reason.encode(message.reasons[i], writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PciDevice message, length delimited. Does not implicitly {@link multiverse.v1.PciDevice.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.PciDevice
             * @static
             * @param {multiverse.v1.PciDevice.$Properties} message PciDevice message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PciDevice.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PciDevice message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.PciDevice
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.PciDevice & multiverse.v1.PciDevice.$Shape} PciDevice
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PciDevice.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.PciDevice();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.address = value;
                            else
                                delete message.address;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.vendorId = reader.stringVerify();
                            message._vendorId = "vendorId";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.deviceId = reader.stringVerify();
                            message._deviceId = "deviceId";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.subsystemVendorId = reader.stringVerify();
                            message._subsystemVendorId = "subsystemVendorId";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.subsystemDeviceId = reader.stringVerify();
                            message._subsystemDeviceId = "subsystemDeviceId";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.classCode = reader.stringVerify();
                            message._classCode = "classCode";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.className = value;
                            else
                                delete message.className;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.vendorName = reader.stringVerify();
                            message._vendorName = "vendorName";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.deviceName = reader.stringVerify();
                            message._deviceName = "deviceName";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.driver = reader.stringVerify();
                            message._driver = "driver";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            message.iommuGroup = reader.uint32();
                            message._iommuGroup = "iommuGroup";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            message.numaNode = reader.uint32();
                            message._numaNode = "numaNode";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.isBridge = value;
                            else
                                delete message.isBridge;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.bootVga = value;
                            else
                                delete message.bootVga;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if (!(message.netInterfaces && message.netInterfaces.length))
                                message.netInterfaces = [];
                            message.netInterfaces.push(reader.stringVerify());
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.sriov = $root.multiverse.v1.SriovInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.sriov);
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.physfn = reader.stringVerify();
                            message._physfn = "physfn";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.assignable = value;
                            else
                                delete message.assignable;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            if (!(message.reasons && message.reasons.length))
                                message.reasons = [];
                            message.reasons.push($root.multiverse.v1.Reason.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a PciDevice message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.PciDevice
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.PciDevice & multiverse.v1.PciDevice.$Shape} PciDevice
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PciDevice.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PciDevice message.
             * @function verify
             * @memberof multiverse.v1.PciDevice
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PciDevice.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    if (!$util.isString(message.address))
                        return "address: string expected";
                if (message.vendorId != null && $Object.hasOwnProperty.call(message, "vendorId")) {
                    properties._vendorId = 1;
                    if (!$util.isString(message.vendorId))
                        return "vendorId: string expected";
                }
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId")) {
                    properties._deviceId = 1;
                    if (!$util.isString(message.deviceId))
                        return "deviceId: string expected";
                }
                if (message.subsystemVendorId != null && $Object.hasOwnProperty.call(message, "subsystemVendorId")) {
                    properties._subsystemVendorId = 1;
                    if (!$util.isString(message.subsystemVendorId))
                        return "subsystemVendorId: string expected";
                }
                if (message.subsystemDeviceId != null && $Object.hasOwnProperty.call(message, "subsystemDeviceId")) {
                    properties._subsystemDeviceId = 1;
                    if (!$util.isString(message.subsystemDeviceId))
                        return "subsystemDeviceId: string expected";
                }
                if (message.classCode != null && $Object.hasOwnProperty.call(message, "classCode")) {
                    properties._classCode = 1;
                    if (!$util.isString(message.classCode))
                        return "classCode: string expected";
                }
                if (message.className != null && $Object.hasOwnProperty.call(message, "className"))
                    if (!$util.isString(message.className))
                        return "className: string expected";
                if (message.vendorName != null && $Object.hasOwnProperty.call(message, "vendorName")) {
                    properties._vendorName = 1;
                    if (!$util.isString(message.vendorName))
                        return "vendorName: string expected";
                }
                if (message.deviceName != null && $Object.hasOwnProperty.call(message, "deviceName")) {
                    properties._deviceName = 1;
                    if (!$util.isString(message.deviceName))
                        return "deviceName: string expected";
                }
                if (message.driver != null && $Object.hasOwnProperty.call(message, "driver")) {
                    properties._driver = 1;
                    if (!$util.isString(message.driver))
                        return "driver: string expected";
                }
                if (message.iommuGroup != null && $Object.hasOwnProperty.call(message, "iommuGroup")) {
                    properties._iommuGroup = 1;
                    if (!$util.isInteger(message.iommuGroup))
                        return "iommuGroup: integer expected";
                }
                if (message.numaNode != null && $Object.hasOwnProperty.call(message, "numaNode")) {
                    properties._numaNode = 1;
                    if (!$util.isInteger(message.numaNode))
                        return "numaNode: integer expected";
                }
                if (message.isBridge != null && $Object.hasOwnProperty.call(message, "isBridge"))
                    if (typeof message.isBridge !== "boolean")
                        return "isBridge: boolean expected";
                if (message.bootVga != null && $Object.hasOwnProperty.call(message, "bootVga"))
                    if (typeof message.bootVga !== "boolean")
                        return "bootVga: boolean expected";
                if (message.netInterfaces != null && $Object.hasOwnProperty.call(message, "netInterfaces")) {
                    if (!$Array.isArray(message.netInterfaces))
                        return "netInterfaces: array expected";
                    for (let i = 0; i < message.netInterfaces.length; ++i)
                        if (!$util.isString(message.netInterfaces[i]))
                            return "netInterfaces: string[] expected";
                }
                if (message.sriov != null && $Object.hasOwnProperty.call(message, "sriov")) {
                    let error = $root.multiverse.v1.SriovInfo.verify(message.sriov, _depth + 1);
                    if (error)
                        return "sriov." + error;
                }
                if (message.physfn != null && $Object.hasOwnProperty.call(message, "physfn")) {
                    properties._physfn = 1;
                    if (!$util.isString(message.physfn))
                        return "physfn: string expected";
                }
                if (message.assignable != null && $Object.hasOwnProperty.call(message, "assignable"))
                    if (typeof message.assignable !== "boolean")
                        return "assignable: boolean expected";
                if (message.reasons != null && $Object.hasOwnProperty.call(message, "reasons")) {
                    if (!$Array.isArray(message.reasons))
                        return "reasons: array expected";
                    for (let i = 0; i < message.reasons.length; ++i) {
                        let error = $root.multiverse.v1.Reason.verify(message.reasons[i], _depth + 1);
                        if (error)
                            return "reasons." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a PciDevice message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.PciDevice
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.PciDevice} PciDevice
             */
            PciDevice.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.PciDevice)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.PciDevice: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.PciDevice();
                if (object.address != null)
                    if (typeof object.address !== "string" || object.address.length)
                        message.address = $String(object.address);
                if (object.vendorId != null)
                    message.vendorId = $String(object.vendorId);
                if (object.deviceId != null)
                    message.deviceId = $String(object.deviceId);
                if (object.subsystemVendorId != null)
                    message.subsystemVendorId = $String(object.subsystemVendorId);
                if (object.subsystemDeviceId != null)
                    message.subsystemDeviceId = $String(object.subsystemDeviceId);
                if (object.classCode != null)
                    message.classCode = $String(object.classCode);
                if (object.className != null)
                    if (typeof object.className !== "string" || object.className.length)
                        message.className = $String(object.className);
                if (object.vendorName != null)
                    message.vendorName = $String(object.vendorName);
                if (object.deviceName != null)
                    message.deviceName = $String(object.deviceName);
                if (object.driver != null)
                    message.driver = $String(object.driver);
                if (object.iommuGroup != null)
                    message.iommuGroup = object.iommuGroup >>> 0;
                if (object.numaNode != null)
                    message.numaNode = object.numaNode >>> 0;
                if (object.isBridge != null)
                    if (object.isBridge)
                        message.isBridge = $Boolean(object.isBridge);
                if (object.bootVga != null)
                    if (object.bootVga)
                        message.bootVga = $Boolean(object.bootVga);
                if (object.netInterfaces) {
                    if (!$Array.isArray(object.netInterfaces))
                        throw $TypeError(".multiverse.v1.PciDevice.netInterfaces: array expected");
                    message.netInterfaces = $Array(object.netInterfaces.length);
                    for (let i = 0; i < object.netInterfaces.length; ++i)
                        message.netInterfaces[i] = $String(object.netInterfaces[i]);
                }
                if (object.sriov != null) {
                    if (!$util.isObject(object.sriov))
                        throw $TypeError(".multiverse.v1.PciDevice.sriov: object expected");
                    message.sriov = $root.multiverse.v1.SriovInfo.fromObject(object.sriov, _depth + 1);
                }
                if (object.physfn != null)
                    message.physfn = $String(object.physfn);
                if (object.assignable != null)
                    if (object.assignable)
                        message.assignable = $Boolean(object.assignable);
                if (object.reasons) {
                    if (!$Array.isArray(object.reasons))
                        throw $TypeError(".multiverse.v1.PciDevice.reasons: array expected");
                    message.reasons = $Array(object.reasons.length);
                    for (let i = 0; i < object.reasons.length; ++i) {
                        if (!$util.isObject(object.reasons[i]))
                            throw $TypeError(".multiverse.v1.PciDevice.reasons: object expected");
                        message.reasons[i] = $root.multiverse.v1.Reason.fromObject(object.reasons[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a PciDevice message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.PciDevice
             * @static
             * @param {multiverse.v1.PciDevice} message PciDevice
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PciDevice.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.netInterfaces = [];
                    object.reasons = [];
                }
                if (options.defaults) {
                    object.address = "";
                    object.className = "";
                    object.isBridge = false;
                    object.bootVga = false;
                    object.sriov = null;
                    object.assignable = false;
                }
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    object.address = message.address;
                if (message.vendorId != null && $Object.hasOwnProperty.call(message, "vendorId"))
                    object.vendorId = message.vendorId;
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId"))
                    object.deviceId = message.deviceId;
                if (message.subsystemVendorId != null && $Object.hasOwnProperty.call(message, "subsystemVendorId"))
                    object.subsystemVendorId = message.subsystemVendorId;
                if (message.subsystemDeviceId != null && $Object.hasOwnProperty.call(message, "subsystemDeviceId"))
                    object.subsystemDeviceId = message.subsystemDeviceId;
                if (message.classCode != null && $Object.hasOwnProperty.call(message, "classCode"))
                    object.classCode = message.classCode;
                if (message.className != null && $Object.hasOwnProperty.call(message, "className"))
                    object.className = message.className;
                if (message.vendorName != null && $Object.hasOwnProperty.call(message, "vendorName"))
                    object.vendorName = message.vendorName;
                if (message.deviceName != null && $Object.hasOwnProperty.call(message, "deviceName"))
                    object.deviceName = message.deviceName;
                if (message.driver != null && $Object.hasOwnProperty.call(message, "driver"))
                    object.driver = message.driver;
                if (message.iommuGroup != null && $Object.hasOwnProperty.call(message, "iommuGroup"))
                    object.iommuGroup = message.iommuGroup;
                if (message.numaNode != null && $Object.hasOwnProperty.call(message, "numaNode"))
                    object.numaNode = message.numaNode;
                if (message.isBridge != null && $Object.hasOwnProperty.call(message, "isBridge"))
                    object.isBridge = message.isBridge;
                if (message.bootVga != null && $Object.hasOwnProperty.call(message, "bootVga"))
                    object.bootVga = message.bootVga;
                if (message.netInterfaces && message.netInterfaces.length) {
                    object.netInterfaces = $Array(message.netInterfaces.length);
                    for (let j = 0; j < message.netInterfaces.length; ++j)
                        object.netInterfaces[j] = message.netInterfaces[j];
                }
                if (message.sriov != null && $Object.hasOwnProperty.call(message, "sriov"))
                    object.sriov = $root.multiverse.v1.SriovInfo.toObject(message.sriov, options, _depth + 1);
                if (message.physfn != null && $Object.hasOwnProperty.call(message, "physfn"))
                    object.physfn = message.physfn;
                if (message.assignable != null && $Object.hasOwnProperty.call(message, "assignable"))
                    object.assignable = message.assignable;
                if (message.reasons && message.reasons.length) {
                    object.reasons = $Array(message.reasons.length);
                    for (let j = 0; j < message.reasons.length; ++j)
                        object.reasons[j] = $root.multiverse.v1.Reason.toObject(message.reasons[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this PciDevice to JSON.
             * @function toJSON
             * @memberof multiverse.v1.PciDevice
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PciDevice.prototype.toJSON = function() {
                return PciDevice.toObject(this, $protobuf.util.toJSONOptions);
            };

            return PciDevice;
        })();

        v1.SriovInfo = (function() {

            /**
             * Properties of a SriovInfo.
             * @typedef {Object} multiverse.v1.SriovInfo.$Properties
             * @property {number|null} [totalVfs] SriovInfo totalVfs
             * @property {number|null} [numVfs] SriovInfo numVfs
             * @property {Array.<string>|null} [vfs] SriovInfo vfs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SriovInfo.
             * @memberof multiverse.v1
             * @interface ISriovInfo
             * @augments multiverse.v1.SriovInfo.$Properties
             * @deprecated Use multiverse.v1.SriovInfo.$Properties instead.
             */

            /**
             * Shape of a SriovInfo.
             * @typedef {multiverse.v1.SriovInfo.$Properties} multiverse.v1.SriovInfo.$Shape
             */

            /**
             * Constructs a new SriovInfo.
             * @memberof multiverse.v1
             * @classdesc Represents a SriovInfo.
             * @constructor
             * @param {multiverse.v1.SriovInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SriovInfo = function (properties) {
                this.vfs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SriovInfo totalVfs.
             * @member {number} totalVfs
             * @memberof multiverse.v1.SriovInfo
             * @instance
             */
            SriovInfo.prototype.totalVfs = 0;

            /**
             * SriovInfo numVfs.
             * @member {number} numVfs
             * @memberof multiverse.v1.SriovInfo
             * @instance
             */
            SriovInfo.prototype.numVfs = 0;

            /**
             * SriovInfo vfs.
             * @member {Array.<string>} vfs
             * @memberof multiverse.v1.SriovInfo
             * @instance
             */
            SriovInfo.prototype.vfs = $util.emptyArray;

            /**
             * Creates a new SriovInfo instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.SriovInfo
             * @static
             * @param {multiverse.v1.SriovInfo.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.SriovInfo} SriovInfo instance
             * @type {{
             *   (properties: multiverse.v1.SriovInfo.$Shape): multiverse.v1.SriovInfo & multiverse.v1.SriovInfo.$Shape;
             *   (properties?: multiverse.v1.SriovInfo.$Properties): multiverse.v1.SriovInfo;
             * }}
             */
            SriovInfo.create = function(properties) {
                return new SriovInfo(properties);
            };

            /**
             * Encodes the specified SriovInfo message. Does not implicitly {@link multiverse.v1.SriovInfo.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.SriovInfo
             * @static
             * @param {multiverse.v1.SriovInfo.$Properties} message SriovInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SriovInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.totalVfs != null && $Object.hasOwnProperty.call(message, "totalVfs") && message.totalVfs !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.totalVfs);
                if (message.numVfs != null && $Object.hasOwnProperty.call(message, "numVfs") && message.numVfs !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.numVfs);
                if (message.vfs != null && message.vfs.length)
                    for (let i = 0; i < message.vfs.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.vfs[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SriovInfo message, length delimited. Does not implicitly {@link multiverse.v1.SriovInfo.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.SriovInfo
             * @static
             * @param {multiverse.v1.SriovInfo.$Properties} message SriovInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SriovInfo.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SriovInfo message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.SriovInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.SriovInfo & multiverse.v1.SriovInfo.$Shape} SriovInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SriovInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.SriovInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.totalVfs = value;
                            else
                                delete message.totalVfs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.numVfs = value;
                            else
                                delete message.numVfs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.vfs && message.vfs.length))
                                message.vfs = [];
                            message.vfs.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SriovInfo message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.SriovInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.SriovInfo & multiverse.v1.SriovInfo.$Shape} SriovInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SriovInfo.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SriovInfo message.
             * @function verify
             * @memberof multiverse.v1.SriovInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SriovInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.totalVfs != null && $Object.hasOwnProperty.call(message, "totalVfs"))
                    if (!$util.isInteger(message.totalVfs))
                        return "totalVfs: integer expected";
                if (message.numVfs != null && $Object.hasOwnProperty.call(message, "numVfs"))
                    if (!$util.isInteger(message.numVfs))
                        return "numVfs: integer expected";
                if (message.vfs != null && $Object.hasOwnProperty.call(message, "vfs")) {
                    if (!$Array.isArray(message.vfs))
                        return "vfs: array expected";
                    for (let i = 0; i < message.vfs.length; ++i)
                        if (!$util.isString(message.vfs[i]))
                            return "vfs: string[] expected";
                }
                return null;
            };

            /**
             * Creates a SriovInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.SriovInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.SriovInfo} SriovInfo
             */
            SriovInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.SriovInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.SriovInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.SriovInfo();
                if (object.totalVfs != null)
                    if ($Number(object.totalVfs) !== 0)
                        message.totalVfs = object.totalVfs >>> 0;
                if (object.numVfs != null)
                    if ($Number(object.numVfs) !== 0)
                        message.numVfs = object.numVfs >>> 0;
                if (object.vfs) {
                    if (!$Array.isArray(object.vfs))
                        throw $TypeError(".multiverse.v1.SriovInfo.vfs: array expected");
                    message.vfs = $Array(object.vfs.length);
                    for (let i = 0; i < object.vfs.length; ++i)
                        message.vfs[i] = $String(object.vfs[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a SriovInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.SriovInfo
             * @static
             * @param {multiverse.v1.SriovInfo} message SriovInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SriovInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.vfs = [];
                if (options.defaults) {
                    object.totalVfs = 0;
                    object.numVfs = 0;
                }
                if (message.totalVfs != null && $Object.hasOwnProperty.call(message, "totalVfs"))
                    object.totalVfs = message.totalVfs;
                if (message.numVfs != null && $Object.hasOwnProperty.call(message, "numVfs"))
                    object.numVfs = message.numVfs;
                if (message.vfs && message.vfs.length) {
                    object.vfs = $Array(message.vfs.length);
                    for (let j = 0; j < message.vfs.length; ++j)
                        object.vfs[j] = message.vfs[j];
                }
                return object;
            };

            /**
             * Converts this SriovInfo to JSON.
             * @function toJSON
             * @memberof multiverse.v1.SriovInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SriovInfo.prototype.toJSON = function() {
                return SriovInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SriovInfo;
        })();

        v1.IommuGroup = (function() {

            /**
             * Properties of an IommuGroup.
             * @typedef {Object} multiverse.v1.IommuGroup.$Properties
             * @property {number|null} [id] IommuGroup id
             * @property {Array.<string>|null} [devices] IommuGroup devices
             * @property {Array.<string>|null} [endpoints] IommuGroup endpoints
             * @property {boolean|null} [assignable] IommuGroup assignable
             * @property {Array.<multiverse.v1.Reason.$Properties>|null} [reasons] IommuGroup reasons
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IommuGroup.
             * @memberof multiverse.v1
             * @interface IIommuGroup
             * @augments multiverse.v1.IommuGroup.$Properties
             * @deprecated Use multiverse.v1.IommuGroup.$Properties instead.
             */

            /**
             * Shape of an IommuGroup.
             * @typedef {multiverse.v1.IommuGroup.$Properties} multiverse.v1.IommuGroup.$Shape
             */

            /**
             * Constructs a new IommuGroup.
             * @memberof multiverse.v1
             * @classdesc Represents an IommuGroup.
             * @constructor
             * @param {multiverse.v1.IommuGroup.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IommuGroup = function (properties) {
                this.devices = [];
                this.endpoints = [];
                this.reasons = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IommuGroup id.
             * @member {number} id
             * @memberof multiverse.v1.IommuGroup
             * @instance
             */
            IommuGroup.prototype.id = 0;

            /**
             * IommuGroup devices.
             * @member {Array.<string>} devices
             * @memberof multiverse.v1.IommuGroup
             * @instance
             */
            IommuGroup.prototype.devices = $util.emptyArray;

            /**
             * IommuGroup endpoints.
             * @member {Array.<string>} endpoints
             * @memberof multiverse.v1.IommuGroup
             * @instance
             */
            IommuGroup.prototype.endpoints = $util.emptyArray;

            /**
             * IommuGroup assignable.
             * @member {boolean} assignable
             * @memberof multiverse.v1.IommuGroup
             * @instance
             */
            IommuGroup.prototype.assignable = false;

            /**
             * IommuGroup reasons.
             * @member {Array.<multiverse.v1.Reason.$Properties>} reasons
             * @memberof multiverse.v1.IommuGroup
             * @instance
             */
            IommuGroup.prototype.reasons = $util.emptyArray;

            /**
             * Creates a new IommuGroup instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.IommuGroup
             * @static
             * @param {multiverse.v1.IommuGroup.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.IommuGroup} IommuGroup instance
             * @type {{
             *   (properties: multiverse.v1.IommuGroup.$Shape): multiverse.v1.IommuGroup & multiverse.v1.IommuGroup.$Shape;
             *   (properties?: multiverse.v1.IommuGroup.$Properties): multiverse.v1.IommuGroup;
             * }}
             */
            IommuGroup.create = function(properties) {
                return new IommuGroup(properties);
            };

            /**
             * Encodes the specified IommuGroup message. Does not implicitly {@link multiverse.v1.IommuGroup.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.IommuGroup
             * @static
             * @param {multiverse.v1.IommuGroup.$Properties} message IommuGroup message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IommuGroup.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                if (message.devices != null && message.devices.length)
                    for (let i = 0; i < message.devices.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.devices[i]);
                if (message.endpoints != null && message.endpoints.length)
                    for (let i = 0; i < message.endpoints.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.endpoints[i]);
                if (message.assignable != null && $Object.hasOwnProperty.call(message, "assignable") && message.assignable !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.assignable);
                if (message.reasons != null && message.reasons.length)
                    for (let i = 0; i < message.reasons.length; ++i)
                        $root.multiverse.v1.Reason.encode(message.reasons[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified IommuGroup message, length delimited. Does not implicitly {@link multiverse.v1.IommuGroup.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.IommuGroup
             * @static
             * @param {multiverse.v1.IommuGroup.$Properties} message IommuGroup message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IommuGroup.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an IommuGroup message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.IommuGroup
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.IommuGroup & multiverse.v1.IommuGroup.$Shape} IommuGroup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IommuGroup.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.IommuGroup();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.devices && message.devices.length))
                                message.devices = [];
                            message.devices.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.endpoints && message.endpoints.length))
                                message.endpoints = [];
                            message.endpoints.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.assignable = value;
                            else
                                delete message.assignable;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.reasons && message.reasons.length))
                                message.reasons = [];
                            message.reasons.push($root.multiverse.v1.Reason.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an IommuGroup message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.IommuGroup
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.IommuGroup & multiverse.v1.IommuGroup.$Shape} IommuGroup
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IommuGroup.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an IommuGroup message.
             * @function verify
             * @memberof multiverse.v1.IommuGroup
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            IommuGroup.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isInteger(message.id))
                        return "id: integer expected";
                if (message.devices != null && $Object.hasOwnProperty.call(message, "devices")) {
                    if (!$Array.isArray(message.devices))
                        return "devices: array expected";
                    for (let i = 0; i < message.devices.length; ++i)
                        if (!$util.isString(message.devices[i]))
                            return "devices: string[] expected";
                }
                if (message.endpoints != null && $Object.hasOwnProperty.call(message, "endpoints")) {
                    if (!$Array.isArray(message.endpoints))
                        return "endpoints: array expected";
                    for (let i = 0; i < message.endpoints.length; ++i)
                        if (!$util.isString(message.endpoints[i]))
                            return "endpoints: string[] expected";
                }
                if (message.assignable != null && $Object.hasOwnProperty.call(message, "assignable"))
                    if (typeof message.assignable !== "boolean")
                        return "assignable: boolean expected";
                if (message.reasons != null && $Object.hasOwnProperty.call(message, "reasons")) {
                    if (!$Array.isArray(message.reasons))
                        return "reasons: array expected";
                    for (let i = 0; i < message.reasons.length; ++i) {
                        let error = $root.multiverse.v1.Reason.verify(message.reasons[i], _depth + 1);
                        if (error)
                            return "reasons." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an IommuGroup message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.IommuGroup
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.IommuGroup} IommuGroup
             */
            IommuGroup.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.IommuGroup)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.IommuGroup: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.IommuGroup();
                if (object.id != null)
                    if ($Number(object.id) !== 0)
                        message.id = object.id >>> 0;
                if (object.devices) {
                    if (!$Array.isArray(object.devices))
                        throw $TypeError(".multiverse.v1.IommuGroup.devices: array expected");
                    message.devices = $Array(object.devices.length);
                    for (let i = 0; i < object.devices.length; ++i)
                        message.devices[i] = $String(object.devices[i]);
                }
                if (object.endpoints) {
                    if (!$Array.isArray(object.endpoints))
                        throw $TypeError(".multiverse.v1.IommuGroup.endpoints: array expected");
                    message.endpoints = $Array(object.endpoints.length);
                    for (let i = 0; i < object.endpoints.length; ++i)
                        message.endpoints[i] = $String(object.endpoints[i]);
                }
                if (object.assignable != null)
                    if (object.assignable)
                        message.assignable = $Boolean(object.assignable);
                if (object.reasons) {
                    if (!$Array.isArray(object.reasons))
                        throw $TypeError(".multiverse.v1.IommuGroup.reasons: array expected");
                    message.reasons = $Array(object.reasons.length);
                    for (let i = 0; i < object.reasons.length; ++i) {
                        if (!$util.isObject(object.reasons[i]))
                            throw $TypeError(".multiverse.v1.IommuGroup.reasons: object expected");
                        message.reasons[i] = $root.multiverse.v1.Reason.fromObject(object.reasons[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an IommuGroup message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.IommuGroup
             * @static
             * @param {multiverse.v1.IommuGroup} message IommuGroup
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            IommuGroup.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.devices = [];
                    object.endpoints = [];
                    object.reasons = [];
                }
                if (options.defaults) {
                    object.id = 0;
                    object.assignable = false;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.devices && message.devices.length) {
                    object.devices = $Array(message.devices.length);
                    for (let j = 0; j < message.devices.length; ++j)
                        object.devices[j] = message.devices[j];
                }
                if (message.endpoints && message.endpoints.length) {
                    object.endpoints = $Array(message.endpoints.length);
                    for (let j = 0; j < message.endpoints.length; ++j)
                        object.endpoints[j] = message.endpoints[j];
                }
                if (message.assignable != null && $Object.hasOwnProperty.call(message, "assignable"))
                    object.assignable = message.assignable;
                if (message.reasons && message.reasons.length) {
                    object.reasons = $Array(message.reasons.length);
                    for (let j = 0; j < message.reasons.length; ++j)
                        object.reasons[j] = $root.multiverse.v1.Reason.toObject(message.reasons[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this IommuGroup to JSON.
             * @function toJSON
             * @memberof multiverse.v1.IommuGroup
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            IommuGroup.prototype.toJSON = function() {
                return IommuGroup.toObject(this, $protobuf.util.toJSONOptions);
            };

            return IommuGroup;
        })();

        v1.Reason = (function() {

            /**
             * Properties of a Reason.
             * @typedef {Object} multiverse.v1.Reason.$Properties
             * @property {string|null} [code] Reason code
             * @property {string|null} [detail] Reason detail
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Reason.
             * @memberof multiverse.v1
             * @interface IReason
             * @augments multiverse.v1.Reason.$Properties
             * @deprecated Use multiverse.v1.Reason.$Properties instead.
             */

            /**
             * Shape of a Reason.
             * @typedef {multiverse.v1.Reason.$Properties} multiverse.v1.Reason.$Shape
             */

            /**
             * Constructs a new Reason.
             * @memberof multiverse.v1
             * @classdesc Represents a Reason.
             * @constructor
             * @param {multiverse.v1.Reason.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Reason = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Reason code.
             * @member {string} code
             * @memberof multiverse.v1.Reason
             * @instance
             */
            Reason.prototype.code = "";

            /**
             * Reason detail.
             * @member {string} detail
             * @memberof multiverse.v1.Reason
             * @instance
             */
            Reason.prototype.detail = "";

            /**
             * Creates a new Reason instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.Reason
             * @static
             * @param {multiverse.v1.Reason.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.Reason} Reason instance
             * @type {{
             *   (properties: multiverse.v1.Reason.$Shape): multiverse.v1.Reason & multiverse.v1.Reason.$Shape;
             *   (properties?: multiverse.v1.Reason.$Properties): multiverse.v1.Reason;
             * }}
             */
            Reason.create = function(properties) {
                return new Reason(properties);
            };

            /**
             * Encodes the specified Reason message. Does not implicitly {@link multiverse.v1.Reason.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.Reason
             * @static
             * @param {multiverse.v1.Reason.$Properties} message Reason message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reason.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.detail);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Reason message, length delimited. Does not implicitly {@link multiverse.v1.Reason.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.Reason
             * @static
             * @param {multiverse.v1.Reason.$Properties} message Reason message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reason.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Reason message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.Reason
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.Reason & multiverse.v1.Reason.$Shape} Reason
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reason.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.Reason();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.detail = value;
                            else
                                delete message.detail;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Reason message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.Reason
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.Reason & multiverse.v1.Reason.$Shape} Reason
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reason.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Reason message.
             * @function verify
             * @memberof multiverse.v1.Reason
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Reason.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isString(message.code))
                        return "code: string expected";
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    if (!$util.isString(message.detail))
                        return "detail: string expected";
                return null;
            };

            /**
             * Creates a Reason message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.Reason
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.Reason} Reason
             */
            Reason.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.Reason)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.Reason: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.Reason();
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.detail != null)
                    if (typeof object.detail !== "string" || object.detail.length)
                        message.detail = $String(object.detail);
                return message;
            };

            /**
             * Creates a plain object from a Reason message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.Reason
             * @static
             * @param {multiverse.v1.Reason} message Reason
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Reason.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = "";
                    object.detail = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    object.detail = message.detail;
                return object;
            };

            /**
             * Converts this Reason to JSON.
             * @function toJSON
             * @memberof multiverse.v1.Reason
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Reason.prototype.toJSON = function() {
                return Reason.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Reason;
        })();

        /**
         * EnvelopeKind enum.
         * @name multiverse.v1.EnvelopeKind
         * @enum {number}
         * @property {number} ENVELOPE_KIND_INVALID=0 ENVELOPE_KIND_INVALID value
         * @property {number} ENVELOPE_KIND_ADVERT=1 ENVELOPE_KIND_ADVERT value
         * @property {number} ENVELOPE_KIND_MEMBERSHIP=3 ENVELOPE_KIND_MEMBERSHIP value
         * @property {number} ENVELOPE_KIND_MAPPING=4 ENVELOPE_KIND_MAPPING value
         */
        v1.EnvelopeKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ENVELOPE_KIND_INVALID"] = 0;
            values[valuesById[1] = "ENVELOPE_KIND_ADVERT"] = 1;
            values[valuesById[3] = "ENVELOPE_KIND_MEMBERSHIP"] = 3;
            values[valuesById[4] = "ENVELOPE_KIND_MAPPING"] = 4;
            return values;
        })();

        v1.SignedEnvelope = (function() {

            /**
             * Properties of a SignedEnvelope.
             * @typedef {Object} multiverse.v1.SignedEnvelope.$Properties
             * @property {number|null} [version] SignedEnvelope version
             * @property {multiverse.v1.EnvelopeKind|null} [kind] SignedEnvelope kind
             * @property {Uint8Array|null} [payload] SignedEnvelope payload
             * @property {Uint8Array|null} [signer] SignedEnvelope signer
             * @property {Uint8Array|null} [signature] SignedEnvelope signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignedEnvelope.
             * @memberof multiverse.v1
             * @interface ISignedEnvelope
             * @augments multiverse.v1.SignedEnvelope.$Properties
             * @deprecated Use multiverse.v1.SignedEnvelope.$Properties instead.
             */

            /**
             * Shape of a SignedEnvelope.
             * @typedef {multiverse.v1.SignedEnvelope.$Properties} multiverse.v1.SignedEnvelope.$Shape
             */

            /**
             * Constructs a new SignedEnvelope.
             * @memberof multiverse.v1
             * @classdesc Represents a SignedEnvelope.
             * @constructor
             * @param {multiverse.v1.SignedEnvelope.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignedEnvelope = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SignedEnvelope version.
             * @member {number} version
             * @memberof multiverse.v1.SignedEnvelope
             * @instance
             */
            SignedEnvelope.prototype.version = 0;

            /**
             * SignedEnvelope kind.
             * @member {multiverse.v1.EnvelopeKind} kind
             * @memberof multiverse.v1.SignedEnvelope
             * @instance
             */
            SignedEnvelope.prototype.kind = 0;

            /**
             * SignedEnvelope payload.
             * @member {Uint8Array} payload
             * @memberof multiverse.v1.SignedEnvelope
             * @instance
             */
            SignedEnvelope.prototype.payload = $util.newBuffer([]);

            /**
             * SignedEnvelope signer.
             * @member {Uint8Array} signer
             * @memberof multiverse.v1.SignedEnvelope
             * @instance
             */
            SignedEnvelope.prototype.signer = $util.newBuffer([]);

            /**
             * SignedEnvelope signature.
             * @member {Uint8Array} signature
             * @memberof multiverse.v1.SignedEnvelope
             * @instance
             */
            SignedEnvelope.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new SignedEnvelope instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.SignedEnvelope
             * @static
             * @param {multiverse.v1.SignedEnvelope.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.SignedEnvelope} SignedEnvelope instance
             * @type {{
             *   (properties: multiverse.v1.SignedEnvelope.$Shape): multiverse.v1.SignedEnvelope & multiverse.v1.SignedEnvelope.$Shape;
             *   (properties?: multiverse.v1.SignedEnvelope.$Properties): multiverse.v1.SignedEnvelope;
             * }}
             */
            SignedEnvelope.create = function(properties) {
                return new SignedEnvelope(properties);
            };

            /**
             * Encodes the specified SignedEnvelope message. Does not implicitly {@link multiverse.v1.SignedEnvelope.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.SignedEnvelope
             * @static
             * @param {multiverse.v1.SignedEnvelope.$Properties} message SignedEnvelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedEnvelope.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.kind);
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.payload);
                if (message.signer != null && $Object.hasOwnProperty.call(message, "signer") && message.signer.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.signer);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SignedEnvelope message, length delimited. Does not implicitly {@link multiverse.v1.SignedEnvelope.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.SignedEnvelope
             * @static
             * @param {multiverse.v1.SignedEnvelope.$Properties} message SignedEnvelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedEnvelope.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SignedEnvelope message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.SignedEnvelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.SignedEnvelope & multiverse.v1.SignedEnvelope.$Shape} SignedEnvelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedEnvelope.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.SignedEnvelope();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signer = value;
                            else
                                delete message.signer;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SignedEnvelope message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.SignedEnvelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.SignedEnvelope & multiverse.v1.SignedEnvelope.$Shape} SignedEnvelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedEnvelope.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SignedEnvelope message.
             * @function verify
             * @memberof multiverse.v1.SignedEnvelope
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SignedEnvelope.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isInteger(message.version))
                        return "version: integer expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                        return "payload: buffer expected";
                if (message.signer != null && $Object.hasOwnProperty.call(message, "signer"))
                    if (!(message.signer && typeof message.signer.length === "number" || $util.isString(message.signer)))
                        return "signer: buffer expected";
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    if (!(message.signature && typeof message.signature.length === "number" || $util.isString(message.signature)))
                        return "signature: buffer expected";
                return null;
            };

            /**
             * Creates a SignedEnvelope message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.SignedEnvelope
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.SignedEnvelope} SignedEnvelope
             */
            SignedEnvelope.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.SignedEnvelope)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.SignedEnvelope: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.SignedEnvelope();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.multiverse.v1.EnvelopeKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "ENVELOPE_KIND_INVALID":
                    case 0:
                        message.kind = 0;
                        break;
                    case "ENVELOPE_KIND_ADVERT":
                    case 1:
                        message.kind = 1;
                        break;
                    case "ENVELOPE_KIND_MEMBERSHIP":
                    case 3:
                        message.kind = 3;
                        break;
                    case "ENVELOPE_KIND_MAPPING":
                    case 4:
                        message.kind = 4;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.payload != null)
                    if (object.payload.length)
                        if (typeof object.payload === "string")
                            $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                        else if (object.payload.length >= 0)
                            message.payload = object.payload;
                if (object.signer != null)
                    if (object.signer.length)
                        if (typeof object.signer === "string")
                            $util.base64.decode(object.signer, message.signer = $util.newBuffer($util.base64.length(object.signer)), 0);
                        else if (object.signer.length >= 0)
                            message.signer = object.signer;
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                return message;
            };

            /**
             * Creates a plain object from a SignedEnvelope message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.SignedEnvelope
             * @static
             * @param {multiverse.v1.SignedEnvelope} message SignedEnvelope
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SignedEnvelope.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.version = 0;
                    object.kind = options.enums === $String ? "ENVELOPE_KIND_INVALID" : 0;
                    if (options.bytes === $String)
                        object.payload = "";
                    else {
                        object.payload = [];
                        if (options.bytes !== $Array)
                            object.payload = $util.newBuffer(object.payload);
                    }
                    if (options.bytes === $String)
                        object.signer = "";
                    else {
                        object.signer = [];
                        if (options.bytes !== $Array)
                            object.signer = $util.newBuffer(object.signer);
                    }
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.multiverse.v1.EnvelopeKind[message.kind] === $undefined ? message.kind : $root.multiverse.v1.EnvelopeKind[message.kind] : message.kind;
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                if (message.signer != null && $Object.hasOwnProperty.call(message, "signer"))
                    object.signer = options.bytes === $String ? $util.base64.encode(message.signer, 0, message.signer.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signer) : message.signer;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                return object;
            };

            /**
             * Converts this SignedEnvelope to JSON.
             * @function toJSON
             * @memberof multiverse.v1.SignedEnvelope
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SignedEnvelope.prototype.toJSON = function() {
                return SignedEnvelope.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SignedEnvelope;
        })();

        v1.HostAdvert = (function() {

            /**
             * Properties of a HostAdvert.
             * @typedef {Object} multiverse.v1.HostAdvert.$Properties
             * @property {number|null} [version] HostAdvert version
             * @property {string|null} [clusterId] HostAdvert clusterId
             * @property {number|Long|null} [seq] HostAdvert seq
             * @property {string|null} [name] HostAdvert name
             * @property {multiverse.v1.HostInventory.$Properties|null} [inventory] HostAdvert inventory
             * @property {multiverse.v1.Capacity.$Properties|null} [allocatable] HostAdvert allocatable
             * @property {Object.<string,string>|null} [labels] HostAdvert labels
             * @property {Array.<string>|null} [addresses] HostAdvert addresses
             * @property {number|Long|null} [issuedAtMs] HostAdvert issuedAtMs
             * @property {Array.<multiverse.v1.HostVm.$Properties>|null} [vms] HostAdvert vms
             * @property {boolean|null} [maintenance] HostAdvert maintenance
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HostAdvert.
             * @memberof multiverse.v1
             * @interface IHostAdvert
             * @augments multiverse.v1.HostAdvert.$Properties
             * @deprecated Use multiverse.v1.HostAdvert.$Properties instead.
             */

            /**
             * Shape of a HostAdvert.
             * @typedef {multiverse.v1.HostAdvert.$Properties} multiverse.v1.HostAdvert.$Shape
             */

            /**
             * Constructs a new HostAdvert.
             * @memberof multiverse.v1
             * @classdesc Represents a HostAdvert.
             * @constructor
             * @param {multiverse.v1.HostAdvert.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HostAdvert = function (properties) {
                this.labels = {};
                this.addresses = [];
                this.vms = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HostAdvert version.
             * @member {number} version
             * @memberof multiverse.v1.HostAdvert
             * @instance
             */
            HostAdvert.prototype.version = 0;

            /**
             * HostAdvert clusterId.
             * @member {string} clusterId
             * @memberof multiverse.v1.HostAdvert
             * @instance
             */
            HostAdvert.prototype.clusterId = "";

            /**
             * HostAdvert seq.
             * @member {number|Long} seq
             * @memberof multiverse.v1.HostAdvert
             * @instance
             */
            HostAdvert.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HostAdvert name.
             * @member {string} name
             * @memberof multiverse.v1.HostAdvert
             * @instance
             */
            HostAdvert.prototype.name = "";

            /**
             * HostAdvert inventory.
             * @member {multiverse.v1.HostInventory.$Properties|null|undefined} inventory
             * @memberof multiverse.v1.HostAdvert
             * @instance
             */
            HostAdvert.prototype.inventory = null;

            /**
             * HostAdvert allocatable.
             * @member {multiverse.v1.Capacity.$Properties|null|undefined} allocatable
             * @memberof multiverse.v1.HostAdvert
             * @instance
             */
            HostAdvert.prototype.allocatable = null;

            /**
             * HostAdvert labels.
             * @member {Object.<string,string>} labels
             * @memberof multiverse.v1.HostAdvert
             * @instance
             */
            HostAdvert.prototype.labels = $util.emptyObject;

            /**
             * HostAdvert addresses.
             * @member {Array.<string>} addresses
             * @memberof multiverse.v1.HostAdvert
             * @instance
             */
            HostAdvert.prototype.addresses = $util.emptyArray;

            /**
             * HostAdvert issuedAtMs.
             * @member {number|Long} issuedAtMs
             * @memberof multiverse.v1.HostAdvert
             * @instance
             */
            HostAdvert.prototype.issuedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HostAdvert vms.
             * @member {Array.<multiverse.v1.HostVm.$Properties>} vms
             * @memberof multiverse.v1.HostAdvert
             * @instance
             */
            HostAdvert.prototype.vms = $util.emptyArray;

            /**
             * HostAdvert maintenance.
             * @member {boolean} maintenance
             * @memberof multiverse.v1.HostAdvert
             * @instance
             */
            HostAdvert.prototype.maintenance = false;

            /**
             * Creates a new HostAdvert instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.HostAdvert
             * @static
             * @param {multiverse.v1.HostAdvert.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.HostAdvert} HostAdvert instance
             * @type {{
             *   (properties: multiverse.v1.HostAdvert.$Shape): multiverse.v1.HostAdvert & multiverse.v1.HostAdvert.$Shape;
             *   (properties?: multiverse.v1.HostAdvert.$Properties): multiverse.v1.HostAdvert;
             * }}
             */
            HostAdvert.create = function(properties) {
                return new HostAdvert(properties);
            };

            /**
             * Encodes the specified HostAdvert message. Does not implicitly {@link multiverse.v1.HostAdvert.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.HostAdvert
             * @static
             * @param {multiverse.v1.HostAdvert.$Properties} message HostAdvert message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HostAdvert.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId") && message.clusterId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.clusterId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.seq);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.name);
                if (message.inventory != null && $Object.hasOwnProperty.call(message, "inventory"))
                    $root.multiverse.v1.HostInventory.encode(message.inventory, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.allocatable != null && $Object.hasOwnProperty.call(message, "allocatable"))
                    $root.multiverse.v1.Capacity.encode(message.allocatable, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                if (message.addresses != null && message.addresses.length)
                    for (let i = 0; i < message.addresses.length; ++i)
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.addresses[i]);
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs") && (typeof message.issuedAtMs === "object" ? message.issuedAtMs.low || message.issuedAtMs.high : message.issuedAtMs !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.issuedAtMs);
                if (message.vms != null && message.vms.length)
                    for (let i = 0; i < message.vms.length; ++i)
                        $root.multiverse.v1.HostVm.encode(message.vms[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.maintenance != null && $Object.hasOwnProperty.call(message, "maintenance") && message.maintenance !== false)
                    writer.uint32(/* id 11, wireType 0 =*/88).bool(message.maintenance);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HostAdvert message, length delimited. Does not implicitly {@link multiverse.v1.HostAdvert.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.HostAdvert
             * @static
             * @param {multiverse.v1.HostAdvert.$Properties} message HostAdvert message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HostAdvert.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HostAdvert message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.HostAdvert
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.HostAdvert & multiverse.v1.HostAdvert.$Shape} HostAdvert
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HostAdvert.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.HostAdvert();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clusterId = value;
                            else
                                delete message.clusterId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.inventory = $root.multiverse.v1.HostInventory.decode(reader, reader.size(), $undefined, _depth + 1, message.inventory);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.allocatable = $root.multiverse.v1.Capacity.decode(reader, reader.size(), $undefined, _depth + 1, message.allocatable);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.addresses && message.addresses.length))
                                message.addresses = [];
                            message.addresses.push(reader.stringVerify());
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.issuedAtMs = value;
                            else
                                delete message.issuedAtMs;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.vms && message.vms.length))
                                message.vms = [];
                            message.vms.push($root.multiverse.v1.HostVm.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.maintenance = value;
                            else
                                delete message.maintenance;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a HostAdvert message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.HostAdvert
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.HostAdvert & multiverse.v1.HostAdvert.$Shape} HostAdvert
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HostAdvert.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HostAdvert message.
             * @function verify
             * @memberof multiverse.v1.HostAdvert
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HostAdvert.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isInteger(message.version))
                        return "version: integer expected";
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId"))
                    if (!$util.isString(message.clusterId))
                        return "clusterId: string expected";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.inventory != null && $Object.hasOwnProperty.call(message, "inventory")) {
                    let error = $root.multiverse.v1.HostInventory.verify(message.inventory, _depth + 1);
                    if (error)
                        return "inventory." + error;
                }
                if (message.allocatable != null && $Object.hasOwnProperty.call(message, "allocatable")) {
                    let error = $root.multiverse.v1.Capacity.verify(message.allocatable, _depth + 1);
                    if (error)
                        return "allocatable." + error;
                }
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels")) {
                    if (!$util.isObject(message.labels))
                        return "labels: object expected";
                    let key = $Object.keys(message.labels);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.labels[key[i]]))
                            return "labels: string{k:string} expected";
                }
                if (message.addresses != null && $Object.hasOwnProperty.call(message, "addresses")) {
                    if (!$Array.isArray(message.addresses))
                        return "addresses: array expected";
                    for (let i = 0; i < message.addresses.length; ++i)
                        if (!$util.isString(message.addresses[i]))
                            return "addresses: string[] expected";
                }
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs"))
                    if (!$util.isInteger(message.issuedAtMs) && !(message.issuedAtMs && $util.isInteger(message.issuedAtMs.low) && $util.isInteger(message.issuedAtMs.high)))
                        return "issuedAtMs: integer|Long expected";
                if (message.vms != null && $Object.hasOwnProperty.call(message, "vms")) {
                    if (!$Array.isArray(message.vms))
                        return "vms: array expected";
                    for (let i = 0; i < message.vms.length; ++i) {
                        let error = $root.multiverse.v1.HostVm.verify(message.vms[i], _depth + 1);
                        if (error)
                            return "vms." + error;
                    }
                }
                if (message.maintenance != null && $Object.hasOwnProperty.call(message, "maintenance"))
                    if (typeof message.maintenance !== "boolean")
                        return "maintenance: boolean expected";
                return null;
            };

            /**
             * Creates a HostAdvert message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.HostAdvert
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.HostAdvert} HostAdvert
             */
            HostAdvert.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.HostAdvert)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.HostAdvert: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.HostAdvert();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.clusterId != null)
                    if (typeof object.clusterId !== "string" || object.clusterId.length)
                        message.clusterId = $String(object.clusterId);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.inventory != null) {
                    if (!$util.isObject(object.inventory))
                        throw $TypeError(".multiverse.v1.HostAdvert.inventory: object expected");
                    message.inventory = $root.multiverse.v1.HostInventory.fromObject(object.inventory, _depth + 1);
                }
                if (object.allocatable != null) {
                    if (!$util.isObject(object.allocatable))
                        throw $TypeError(".multiverse.v1.HostAdvert.allocatable: object expected");
                    message.allocatable = $root.multiverse.v1.Capacity.fromObject(object.allocatable, _depth + 1);
                }
                if (object.labels) {
                    if (!$util.isObject(object.labels))
                        throw $TypeError(".multiverse.v1.HostAdvert.labels: object expected");
                    message.labels = {};
                    for (let keys = $Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.labels, keys[i]);
                        message.labels[keys[i]] = $String(object.labels[keys[i]]);
                    }
                }
                if (object.addresses) {
                    if (!$Array.isArray(object.addresses))
                        throw $TypeError(".multiverse.v1.HostAdvert.addresses: array expected");
                    message.addresses = $Array(object.addresses.length);
                    for (let i = 0; i < object.addresses.length; ++i)
                        message.addresses[i] = $String(object.addresses[i]);
                }
                if (object.issuedAtMs != null)
                    if (typeof object.issuedAtMs === "object" ? object.issuedAtMs.low || object.issuedAtMs.high : $Number(object.issuedAtMs) !== 0)
                        if ($util.Long)
                            message.issuedAtMs = $util.Long.fromValue(object.issuedAtMs, true);
                        else if (typeof object.issuedAtMs === "string")
                            message.issuedAtMs = $parseInt(object.issuedAtMs, 10);
                        else if (typeof object.issuedAtMs === "number")
                            message.issuedAtMs = object.issuedAtMs;
                        else if (typeof object.issuedAtMs === "object")
                            message.issuedAtMs = new $util.LongBits(object.issuedAtMs.low >>> 0, object.issuedAtMs.high >>> 0).toNumber(true);
                if (object.vms) {
                    if (!$Array.isArray(object.vms))
                        throw $TypeError(".multiverse.v1.HostAdvert.vms: array expected");
                    message.vms = $Array(object.vms.length);
                    for (let i = 0; i < object.vms.length; ++i) {
                        if (!$util.isObject(object.vms[i]))
                            throw $TypeError(".multiverse.v1.HostAdvert.vms: object expected");
                        message.vms[i] = $root.multiverse.v1.HostVm.fromObject(object.vms[i], _depth + 1);
                    }
                }
                if (object.maintenance != null)
                    if (object.maintenance)
                        message.maintenance = $Boolean(object.maintenance);
                return message;
            };

            /**
             * Creates a plain object from a HostAdvert message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.HostAdvert
             * @static
             * @param {multiverse.v1.HostAdvert} message HostAdvert
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HostAdvert.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.addresses = [];
                    object.vms = [];
                }
                if (options.objects || options.defaults)
                    object.labels = {};
                if (options.defaults) {
                    object.version = 0;
                    object.clusterId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.name = "";
                    object.inventory = null;
                    object.allocatable = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.issuedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.issuedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.maintenance = false;
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId"))
                    object.clusterId = message.clusterId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.inventory != null && $Object.hasOwnProperty.call(message, "inventory"))
                    object.inventory = $root.multiverse.v1.HostInventory.toObject(message.inventory, options, _depth + 1);
                if (message.allocatable != null && $Object.hasOwnProperty.call(message, "allocatable"))
                    object.allocatable = $root.multiverse.v1.Capacity.toObject(message.allocatable, options, _depth + 1);
                let keys2;
                if (message.labels && (keys2 = $Object.keys(message.labels)).length) {
                    object.labels = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.labels, keys2[j]);
                        object.labels[keys2[j]] = message.labels[keys2[j]];
                    }
                }
                if (message.addresses && message.addresses.length) {
                    object.addresses = $Array(message.addresses.length);
                    for (let j = 0; j < message.addresses.length; ++j)
                        object.addresses[j] = message.addresses[j];
                }
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.issuedAtMs = typeof message.issuedAtMs === "number" ? $BigInt(message.issuedAtMs) : $util.Long.fromBits(message.issuedAtMs.low >>> 0, message.issuedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.issuedAtMs === "number")
                        object.issuedAtMs = options.longs === $String ? $String(message.issuedAtMs) : message.issuedAtMs;
                    else
                        object.issuedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.issuedAtMs) : options.longs === $Number ? new $util.LongBits(message.issuedAtMs.low >>> 0, message.issuedAtMs.high >>> 0).toNumber(true) : message.issuedAtMs;
                if (message.vms && message.vms.length) {
                    object.vms = $Array(message.vms.length);
                    for (let j = 0; j < message.vms.length; ++j)
                        object.vms[j] = $root.multiverse.v1.HostVm.toObject(message.vms[j], options, _depth + 1);
                }
                if (message.maintenance != null && $Object.hasOwnProperty.call(message, "maintenance"))
                    object.maintenance = message.maintenance;
                return object;
            };

            /**
             * Converts this HostAdvert to JSON.
             * @function toJSON
             * @memberof multiverse.v1.HostAdvert
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HostAdvert.prototype.toJSON = function() {
                return HostAdvert.toObject(this, $protobuf.util.toJSONOptions);
            };

            return HostAdvert;
        })();

        v1.Capacity = (function() {

            /**
             * Properties of a Capacity.
             * @typedef {Object} multiverse.v1.Capacity.$Properties
             * @property {number|null} [vcpus] Capacity vcpus
             * @property {number|Long|null} [memoryBytes] Capacity memoryBytes
             * @property {number|Long|null} [diskBytes] Capacity diskBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Capacity.
             * @memberof multiverse.v1
             * @interface ICapacity
             * @augments multiverse.v1.Capacity.$Properties
             * @deprecated Use multiverse.v1.Capacity.$Properties instead.
             */

            /**
             * Shape of a Capacity.
             * @typedef {multiverse.v1.Capacity.$Properties} multiverse.v1.Capacity.$Shape
             */

            /**
             * Constructs a new Capacity.
             * @memberof multiverse.v1
             * @classdesc Represents a Capacity.
             * @constructor
             * @param {multiverse.v1.Capacity.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Capacity = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Capacity vcpus.
             * @member {number} vcpus
             * @memberof multiverse.v1.Capacity
             * @instance
             */
            Capacity.prototype.vcpus = 0;

            /**
             * Capacity memoryBytes.
             * @member {number|Long} memoryBytes
             * @memberof multiverse.v1.Capacity
             * @instance
             */
            Capacity.prototype.memoryBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Capacity diskBytes.
             * @member {number|Long|null|undefined} diskBytes
             * @memberof multiverse.v1.Capacity
             * @instance
             */
            Capacity.prototype.diskBytes = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Capacity.prototype, "_diskBytes", {
                get: $util.oneOfGetter($oneOfFields = ["diskBytes"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Capacity instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.Capacity
             * @static
             * @param {multiverse.v1.Capacity.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.Capacity} Capacity instance
             * @type {{
             *   (properties: multiverse.v1.Capacity.$Shape): multiverse.v1.Capacity & multiverse.v1.Capacity.$Shape;
             *   (properties?: multiverse.v1.Capacity.$Properties): multiverse.v1.Capacity;
             * }}
             */
            Capacity.create = function(properties) {
                return new Capacity(properties);
            };

            /**
             * Encodes the specified Capacity message. Does not implicitly {@link multiverse.v1.Capacity.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.Capacity
             * @static
             * @param {multiverse.v1.Capacity.$Properties} message Capacity message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Capacity.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.vcpus != null && $Object.hasOwnProperty.call(message, "vcpus") && message.vcpus !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.vcpus);
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes") && (typeof message.memoryBytes === "object" ? message.memoryBytes.low || message.memoryBytes.high : message.memoryBytes !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.memoryBytes);
                if (message.diskBytes != null && $Object.hasOwnProperty.call(message, "diskBytes"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.diskBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Capacity message, length delimited. Does not implicitly {@link multiverse.v1.Capacity.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.Capacity
             * @static
             * @param {multiverse.v1.Capacity.$Properties} message Capacity message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Capacity.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Capacity message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.Capacity
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.Capacity & multiverse.v1.Capacity.$Shape} Capacity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Capacity.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.Capacity();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.vcpus = value;
                            else
                                delete message.vcpus;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryBytes = value;
                            else
                                delete message.memoryBytes;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.diskBytes = reader.uint64();
                            message._diskBytes = "diskBytes";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Capacity message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.Capacity
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.Capacity & multiverse.v1.Capacity.$Shape} Capacity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Capacity.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Capacity message.
             * @function verify
             * @memberof multiverse.v1.Capacity
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Capacity.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.vcpus != null && $Object.hasOwnProperty.call(message, "vcpus"))
                    if (!$util.isInteger(message.vcpus))
                        return "vcpus: integer expected";
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes"))
                    if (!$util.isInteger(message.memoryBytes) && !(message.memoryBytes && $util.isInteger(message.memoryBytes.low) && $util.isInteger(message.memoryBytes.high)))
                        return "memoryBytes: integer|Long expected";
                if (message.diskBytes != null && $Object.hasOwnProperty.call(message, "diskBytes")) {
                    properties._diskBytes = 1;
                    if (!$util.isInteger(message.diskBytes) && !(message.diskBytes && $util.isInteger(message.diskBytes.low) && $util.isInteger(message.diskBytes.high)))
                        return "diskBytes: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a Capacity message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.Capacity
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.Capacity} Capacity
             */
            Capacity.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.Capacity)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.Capacity: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.Capacity();
                if (object.vcpus != null)
                    if ($Number(object.vcpus) !== 0)
                        message.vcpus = object.vcpus >>> 0;
                if (object.memoryBytes != null)
                    if (typeof object.memoryBytes === "object" ? object.memoryBytes.low || object.memoryBytes.high : $Number(object.memoryBytes) !== 0)
                        if ($util.Long)
                            message.memoryBytes = $util.Long.fromValue(object.memoryBytes, true);
                        else if (typeof object.memoryBytes === "string")
                            message.memoryBytes = $parseInt(object.memoryBytes, 10);
                        else if (typeof object.memoryBytes === "number")
                            message.memoryBytes = object.memoryBytes;
                        else if (typeof object.memoryBytes === "object")
                            message.memoryBytes = new $util.LongBits(object.memoryBytes.low >>> 0, object.memoryBytes.high >>> 0).toNumber(true);
                if (object.diskBytes != null)
                    if ($util.Long)
                        message.diskBytes = $util.Long.fromValue(object.diskBytes, true);
                    else if (typeof object.diskBytes === "string")
                        message.diskBytes = $parseInt(object.diskBytes, 10);
                    else if (typeof object.diskBytes === "number")
                        message.diskBytes = object.diskBytes;
                    else if (typeof object.diskBytes === "object")
                        message.diskBytes = new $util.LongBits(object.diskBytes.low >>> 0, object.diskBytes.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Capacity message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.Capacity
             * @static
             * @param {multiverse.v1.Capacity} message Capacity
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Capacity.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.vcpus = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memoryBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.vcpus != null && $Object.hasOwnProperty.call(message, "vcpus"))
                    object.vcpus = message.vcpus;
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryBytes = typeof message.memoryBytes === "number" ? $BigInt(message.memoryBytes) : $util.Long.fromBits(message.memoryBytes.low >>> 0, message.memoryBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.memoryBytes === "number")
                        object.memoryBytes = options.longs === $String ? $String(message.memoryBytes) : message.memoryBytes;
                    else
                        object.memoryBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryBytes) : options.longs === $Number ? new $util.LongBits(message.memoryBytes.low >>> 0, message.memoryBytes.high >>> 0).toNumber(true) : message.memoryBytes;
                if (message.diskBytes != null && $Object.hasOwnProperty.call(message, "diskBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.diskBytes = typeof message.diskBytes === "number" ? $BigInt(message.diskBytes) : $util.Long.fromBits(message.diskBytes.low >>> 0, message.diskBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.diskBytes === "number")
                        object.diskBytes = options.longs === $String ? $String(message.diskBytes) : message.diskBytes;
                    else
                        object.diskBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.diskBytes) : options.longs === $Number ? new $util.LongBits(message.diskBytes.low >>> 0, message.diskBytes.high >>> 0).toNumber(true) : message.diskBytes;
                return object;
            };

            /**
             * Converts this Capacity to JSON.
             * @function toJSON
             * @memberof multiverse.v1.Capacity
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Capacity.prototype.toJSON = function() {
                return Capacity.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Capacity;
        })();

        v1.HostVm = (function() {

            /**
             * Properties of a HostVm.
             * @typedef {Object} multiverse.v1.HostVm.$Properties
             * @property {string|null} [name] HostVm name
             * @property {string|null} [state] HostVm state
             * @property {number|null} [vcpus] HostVm vcpus
             * @property {number|Long|null} [memoryBytes] HostVm memoryBytes
             * @property {number|Long|null} [diskBytes] HostVm diskBytes
             * @property {Array.<string>|null} [devices] HostVm devices
             * @property {string|null} [group] HostVm group
             * @property {string|null} [specJson] HostVm specJson
             * @property {string|null} [leaseId] HostVm leaseId
             * @property {number|Long|null} [leaseExpiresAtMs] HostVm leaseExpiresAtMs
             * @property {Uint8Array|null} [leaseHolder] HostVm leaseHolder
             * @property {number|Long|null} [hugepageBytes] HostVm hugepageBytes
             * @property {number|Long|null} [generation] HostVm generation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HostVm.
             * @memberof multiverse.v1
             * @interface IHostVm
             * @augments multiverse.v1.HostVm.$Properties
             * @deprecated Use multiverse.v1.HostVm.$Properties instead.
             */

            /**
             * Shape of a HostVm.
             * @typedef {multiverse.v1.HostVm.$Properties} multiverse.v1.HostVm.$Shape
             */

            /**
             * Constructs a new HostVm.
             * @memberof multiverse.v1
             * @classdesc Represents a HostVm.
             * @constructor
             * @param {multiverse.v1.HostVm.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HostVm = function (properties) {
                this.devices = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HostVm name.
             * @member {string} name
             * @memberof multiverse.v1.HostVm
             * @instance
             */
            HostVm.prototype.name = "";

            /**
             * HostVm state.
             * @member {string} state
             * @memberof multiverse.v1.HostVm
             * @instance
             */
            HostVm.prototype.state = "";

            /**
             * HostVm vcpus.
             * @member {number} vcpus
             * @memberof multiverse.v1.HostVm
             * @instance
             */
            HostVm.prototype.vcpus = 0;

            /**
             * HostVm memoryBytes.
             * @member {number|Long} memoryBytes
             * @memberof multiverse.v1.HostVm
             * @instance
             */
            HostVm.prototype.memoryBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HostVm diskBytes.
             * @member {number|Long} diskBytes
             * @memberof multiverse.v1.HostVm
             * @instance
             */
            HostVm.prototype.diskBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HostVm devices.
             * @member {Array.<string>} devices
             * @memberof multiverse.v1.HostVm
             * @instance
             */
            HostVm.prototype.devices = $util.emptyArray;

            /**
             * HostVm group.
             * @member {string} group
             * @memberof multiverse.v1.HostVm
             * @instance
             */
            HostVm.prototype.group = "";

            /**
             * HostVm specJson.
             * @member {string} specJson
             * @memberof multiverse.v1.HostVm
             * @instance
             */
            HostVm.prototype.specJson = "";

            /**
             * HostVm leaseId.
             * @member {string} leaseId
             * @memberof multiverse.v1.HostVm
             * @instance
             */
            HostVm.prototype.leaseId = "";

            /**
             * HostVm leaseExpiresAtMs.
             * @member {number|Long} leaseExpiresAtMs
             * @memberof multiverse.v1.HostVm
             * @instance
             */
            HostVm.prototype.leaseExpiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HostVm leaseHolder.
             * @member {Uint8Array} leaseHolder
             * @memberof multiverse.v1.HostVm
             * @instance
             */
            HostVm.prototype.leaseHolder = $util.newBuffer([]);

            /**
             * HostVm hugepageBytes.
             * @member {number|Long} hugepageBytes
             * @memberof multiverse.v1.HostVm
             * @instance
             */
            HostVm.prototype.hugepageBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HostVm generation.
             * @member {number|Long} generation
             * @memberof multiverse.v1.HostVm
             * @instance
             */
            HostVm.prototype.generation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new HostVm instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.HostVm
             * @static
             * @param {multiverse.v1.HostVm.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.HostVm} HostVm instance
             * @type {{
             *   (properties: multiverse.v1.HostVm.$Shape): multiverse.v1.HostVm & multiverse.v1.HostVm.$Shape;
             *   (properties?: multiverse.v1.HostVm.$Properties): multiverse.v1.HostVm;
             * }}
             */
            HostVm.create = function(properties) {
                return new HostVm(properties);
            };

            /**
             * Encodes the specified HostVm message. Does not implicitly {@link multiverse.v1.HostVm.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.HostVm
             * @static
             * @param {multiverse.v1.HostVm.$Properties} message HostVm message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HostVm.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.state);
                if (message.vcpus != null && $Object.hasOwnProperty.call(message, "vcpus") && message.vcpus !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.vcpus);
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes") && (typeof message.memoryBytes === "object" ? message.memoryBytes.low || message.memoryBytes.high : message.memoryBytes !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.memoryBytes);
                if (message.diskBytes != null && $Object.hasOwnProperty.call(message, "diskBytes") && (typeof message.diskBytes === "object" ? message.diskBytes.low || message.diskBytes.high : message.diskBytes !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.diskBytes);
                if (message.devices != null && message.devices.length)
                    for (let i = 0; i < message.devices.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.devices[i]);
                if (message.group != null && $Object.hasOwnProperty.call(message, "group") && message.group !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.group);
                if (message.specJson != null && $Object.hasOwnProperty.call(message, "specJson") && message.specJson !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.specJson);
                if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId") && message.leaseId !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.leaseId);
                if (message.leaseExpiresAtMs != null && $Object.hasOwnProperty.call(message, "leaseExpiresAtMs") && (typeof message.leaseExpiresAtMs === "object" ? message.leaseExpiresAtMs.low || message.leaseExpiresAtMs.high : message.leaseExpiresAtMs !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.leaseExpiresAtMs);
                if (message.leaseHolder != null && $Object.hasOwnProperty.call(message, "leaseHolder") && message.leaseHolder.length)
                    writer.uint32(/* id 11, wireType 2 =*/90).bytes(message.leaseHolder);
                if (message.hugepageBytes != null && $Object.hasOwnProperty.call(message, "hugepageBytes") && (typeof message.hugepageBytes === "object" ? message.hugepageBytes.low || message.hugepageBytes.high : message.hugepageBytes !== 0))
                    writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.hugepageBytes);
                if (message.generation != null && $Object.hasOwnProperty.call(message, "generation") && (typeof message.generation === "object" ? message.generation.low || message.generation.high : message.generation !== 0))
                    writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.generation);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HostVm message, length delimited. Does not implicitly {@link multiverse.v1.HostVm.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.HostVm
             * @static
             * @param {multiverse.v1.HostVm.$Properties} message HostVm message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HostVm.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HostVm message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.HostVm
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.HostVm & multiverse.v1.HostVm.$Shape} HostVm
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HostVm.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.HostVm();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.vcpus = value;
                            else
                                delete message.vcpus;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryBytes = value;
                            else
                                delete message.memoryBytes;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.diskBytes = value;
                            else
                                delete message.diskBytes;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.devices && message.devices.length))
                                message.devices = [];
                            message.devices.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.group = value;
                            else
                                delete message.group;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.specJson = value;
                            else
                                delete message.specJson;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.leaseId = value;
                            else
                                delete message.leaseId;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.leaseExpiresAtMs = value;
                            else
                                delete message.leaseExpiresAtMs;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.leaseHolder = value;
                            else
                                delete message.leaseHolder;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.hugepageBytes = value;
                            else
                                delete message.hugepageBytes;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.generation = value;
                            else
                                delete message.generation;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a HostVm message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.HostVm
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.HostVm & multiverse.v1.HostVm.$Shape} HostVm
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HostVm.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HostVm message.
             * @function verify
             * @memberof multiverse.v1.HostVm
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HostVm.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (!$util.isString(message.state))
                        return "state: string expected";
                if (message.vcpus != null && $Object.hasOwnProperty.call(message, "vcpus"))
                    if (!$util.isInteger(message.vcpus))
                        return "vcpus: integer expected";
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes"))
                    if (!$util.isInteger(message.memoryBytes) && !(message.memoryBytes && $util.isInteger(message.memoryBytes.low) && $util.isInteger(message.memoryBytes.high)))
                        return "memoryBytes: integer|Long expected";
                if (message.diskBytes != null && $Object.hasOwnProperty.call(message, "diskBytes"))
                    if (!$util.isInteger(message.diskBytes) && !(message.diskBytes && $util.isInteger(message.diskBytes.low) && $util.isInteger(message.diskBytes.high)))
                        return "diskBytes: integer|Long expected";
                if (message.devices != null && $Object.hasOwnProperty.call(message, "devices")) {
                    if (!$Array.isArray(message.devices))
                        return "devices: array expected";
                    for (let i = 0; i < message.devices.length; ++i)
                        if (!$util.isString(message.devices[i]))
                            return "devices: string[] expected";
                }
                if (message.group != null && $Object.hasOwnProperty.call(message, "group"))
                    if (!$util.isString(message.group))
                        return "group: string expected";
                if (message.specJson != null && $Object.hasOwnProperty.call(message, "specJson"))
                    if (!$util.isString(message.specJson))
                        return "specJson: string expected";
                if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId"))
                    if (!$util.isString(message.leaseId))
                        return "leaseId: string expected";
                if (message.leaseExpiresAtMs != null && $Object.hasOwnProperty.call(message, "leaseExpiresAtMs"))
                    if (!$util.isInteger(message.leaseExpiresAtMs) && !(message.leaseExpiresAtMs && $util.isInteger(message.leaseExpiresAtMs.low) && $util.isInteger(message.leaseExpiresAtMs.high)))
                        return "leaseExpiresAtMs: integer|Long expected";
                if (message.leaseHolder != null && $Object.hasOwnProperty.call(message, "leaseHolder"))
                    if (!(message.leaseHolder && typeof message.leaseHolder.length === "number" || $util.isString(message.leaseHolder)))
                        return "leaseHolder: buffer expected";
                if (message.hugepageBytes != null && $Object.hasOwnProperty.call(message, "hugepageBytes"))
                    if (!$util.isInteger(message.hugepageBytes) && !(message.hugepageBytes && $util.isInteger(message.hugepageBytes.low) && $util.isInteger(message.hugepageBytes.high)))
                        return "hugepageBytes: integer|Long expected";
                if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                    if (!$util.isInteger(message.generation) && !(message.generation && $util.isInteger(message.generation.low) && $util.isInteger(message.generation.high)))
                        return "generation: integer|Long expected";
                return null;
            };

            /**
             * Creates a HostVm message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.HostVm
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.HostVm} HostVm
             */
            HostVm.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.HostVm)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.HostVm: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.HostVm();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.state != null)
                    if (typeof object.state !== "string" || object.state.length)
                        message.state = $String(object.state);
                if (object.vcpus != null)
                    if ($Number(object.vcpus) !== 0)
                        message.vcpus = object.vcpus >>> 0;
                if (object.memoryBytes != null)
                    if (typeof object.memoryBytes === "object" ? object.memoryBytes.low || object.memoryBytes.high : $Number(object.memoryBytes) !== 0)
                        if ($util.Long)
                            message.memoryBytes = $util.Long.fromValue(object.memoryBytes, true);
                        else if (typeof object.memoryBytes === "string")
                            message.memoryBytes = $parseInt(object.memoryBytes, 10);
                        else if (typeof object.memoryBytes === "number")
                            message.memoryBytes = object.memoryBytes;
                        else if (typeof object.memoryBytes === "object")
                            message.memoryBytes = new $util.LongBits(object.memoryBytes.low >>> 0, object.memoryBytes.high >>> 0).toNumber(true);
                if (object.diskBytes != null)
                    if (typeof object.diskBytes === "object" ? object.diskBytes.low || object.diskBytes.high : $Number(object.diskBytes) !== 0)
                        if ($util.Long)
                            message.diskBytes = $util.Long.fromValue(object.diskBytes, true);
                        else if (typeof object.diskBytes === "string")
                            message.diskBytes = $parseInt(object.diskBytes, 10);
                        else if (typeof object.diskBytes === "number")
                            message.diskBytes = object.diskBytes;
                        else if (typeof object.diskBytes === "object")
                            message.diskBytes = new $util.LongBits(object.diskBytes.low >>> 0, object.diskBytes.high >>> 0).toNumber(true);
                if (object.devices) {
                    if (!$Array.isArray(object.devices))
                        throw $TypeError(".multiverse.v1.HostVm.devices: array expected");
                    message.devices = $Array(object.devices.length);
                    for (let i = 0; i < object.devices.length; ++i)
                        message.devices[i] = $String(object.devices[i]);
                }
                if (object.group != null)
                    if (typeof object.group !== "string" || object.group.length)
                        message.group = $String(object.group);
                if (object.specJson != null)
                    if (typeof object.specJson !== "string" || object.specJson.length)
                        message.specJson = $String(object.specJson);
                if (object.leaseId != null)
                    if (typeof object.leaseId !== "string" || object.leaseId.length)
                        message.leaseId = $String(object.leaseId);
                if (object.leaseExpiresAtMs != null)
                    if (typeof object.leaseExpiresAtMs === "object" ? object.leaseExpiresAtMs.low || object.leaseExpiresAtMs.high : $Number(object.leaseExpiresAtMs) !== 0)
                        if ($util.Long)
                            message.leaseExpiresAtMs = $util.Long.fromValue(object.leaseExpiresAtMs, true);
                        else if (typeof object.leaseExpiresAtMs === "string")
                            message.leaseExpiresAtMs = $parseInt(object.leaseExpiresAtMs, 10);
                        else if (typeof object.leaseExpiresAtMs === "number")
                            message.leaseExpiresAtMs = object.leaseExpiresAtMs;
                        else if (typeof object.leaseExpiresAtMs === "object")
                            message.leaseExpiresAtMs = new $util.LongBits(object.leaseExpiresAtMs.low >>> 0, object.leaseExpiresAtMs.high >>> 0).toNumber(true);
                if (object.leaseHolder != null)
                    if (object.leaseHolder.length)
                        if (typeof object.leaseHolder === "string")
                            $util.base64.decode(object.leaseHolder, message.leaseHolder = $util.newBuffer($util.base64.length(object.leaseHolder)), 0);
                        else if (object.leaseHolder.length >= 0)
                            message.leaseHolder = object.leaseHolder;
                if (object.hugepageBytes != null)
                    if (typeof object.hugepageBytes === "object" ? object.hugepageBytes.low || object.hugepageBytes.high : $Number(object.hugepageBytes) !== 0)
                        if ($util.Long)
                            message.hugepageBytes = $util.Long.fromValue(object.hugepageBytes, true);
                        else if (typeof object.hugepageBytes === "string")
                            message.hugepageBytes = $parseInt(object.hugepageBytes, 10);
                        else if (typeof object.hugepageBytes === "number")
                            message.hugepageBytes = object.hugepageBytes;
                        else if (typeof object.hugepageBytes === "object")
                            message.hugepageBytes = new $util.LongBits(object.hugepageBytes.low >>> 0, object.hugepageBytes.high >>> 0).toNumber(true);
                if (object.generation != null)
                    if (typeof object.generation === "object" ? object.generation.low || object.generation.high : $Number(object.generation) !== 0)
                        if ($util.Long)
                            message.generation = $util.Long.fromValue(object.generation, true);
                        else if (typeof object.generation === "string")
                            message.generation = $parseInt(object.generation, 10);
                        else if (typeof object.generation === "number")
                            message.generation = object.generation;
                        else if (typeof object.generation === "object")
                            message.generation = new $util.LongBits(object.generation.low >>> 0, object.generation.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a HostVm message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.HostVm
             * @static
             * @param {multiverse.v1.HostVm} message HostVm
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HostVm.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.devices = [];
                if (options.defaults) {
                    object.name = "";
                    object.state = "";
                    object.vcpus = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memoryBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.diskBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.diskBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.group = "";
                    object.specJson = "";
                    object.leaseId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.leaseExpiresAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.leaseExpiresAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.leaseHolder = "";
                    else {
                        object.leaseHolder = [];
                        if (options.bytes !== $Array)
                            object.leaseHolder = $util.newBuffer(object.leaseHolder);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.hugepageBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.hugepageBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.generation = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.generation = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = message.state;
                if (message.vcpus != null && $Object.hasOwnProperty.call(message, "vcpus"))
                    object.vcpus = message.vcpus;
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryBytes = typeof message.memoryBytes === "number" ? $BigInt(message.memoryBytes) : $util.Long.fromBits(message.memoryBytes.low >>> 0, message.memoryBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.memoryBytes === "number")
                        object.memoryBytes = options.longs === $String ? $String(message.memoryBytes) : message.memoryBytes;
                    else
                        object.memoryBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryBytes) : options.longs === $Number ? new $util.LongBits(message.memoryBytes.low >>> 0, message.memoryBytes.high >>> 0).toNumber(true) : message.memoryBytes;
                if (message.diskBytes != null && $Object.hasOwnProperty.call(message, "diskBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.diskBytes = typeof message.diskBytes === "number" ? $BigInt(message.diskBytes) : $util.Long.fromBits(message.diskBytes.low >>> 0, message.diskBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.diskBytes === "number")
                        object.diskBytes = options.longs === $String ? $String(message.diskBytes) : message.diskBytes;
                    else
                        object.diskBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.diskBytes) : options.longs === $Number ? new $util.LongBits(message.diskBytes.low >>> 0, message.diskBytes.high >>> 0).toNumber(true) : message.diskBytes;
                if (message.devices && message.devices.length) {
                    object.devices = $Array(message.devices.length);
                    for (let j = 0; j < message.devices.length; ++j)
                        object.devices[j] = message.devices[j];
                }
                if (message.group != null && $Object.hasOwnProperty.call(message, "group"))
                    object.group = message.group;
                if (message.specJson != null && $Object.hasOwnProperty.call(message, "specJson"))
                    object.specJson = message.specJson;
                if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId"))
                    object.leaseId = message.leaseId;
                if (message.leaseExpiresAtMs != null && $Object.hasOwnProperty.call(message, "leaseExpiresAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.leaseExpiresAtMs = typeof message.leaseExpiresAtMs === "number" ? $BigInt(message.leaseExpiresAtMs) : $util.Long.fromBits(message.leaseExpiresAtMs.low >>> 0, message.leaseExpiresAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.leaseExpiresAtMs === "number")
                        object.leaseExpiresAtMs = options.longs === $String ? $String(message.leaseExpiresAtMs) : message.leaseExpiresAtMs;
                    else
                        object.leaseExpiresAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.leaseExpiresAtMs) : options.longs === $Number ? new $util.LongBits(message.leaseExpiresAtMs.low >>> 0, message.leaseExpiresAtMs.high >>> 0).toNumber(true) : message.leaseExpiresAtMs;
                if (message.leaseHolder != null && $Object.hasOwnProperty.call(message, "leaseHolder"))
                    object.leaseHolder = options.bytes === $String ? $util.base64.encode(message.leaseHolder, 0, message.leaseHolder.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.leaseHolder) : message.leaseHolder;
                if (message.hugepageBytes != null && $Object.hasOwnProperty.call(message, "hugepageBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.hugepageBytes = typeof message.hugepageBytes === "number" ? $BigInt(message.hugepageBytes) : $util.Long.fromBits(message.hugepageBytes.low >>> 0, message.hugepageBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.hugepageBytes === "number")
                        object.hugepageBytes = options.longs === $String ? $String(message.hugepageBytes) : message.hugepageBytes;
                    else
                        object.hugepageBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.hugepageBytes) : options.longs === $Number ? new $util.LongBits(message.hugepageBytes.low >>> 0, message.hugepageBytes.high >>> 0).toNumber(true) : message.hugepageBytes;
                if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.generation = typeof message.generation === "number" ? $BigInt(message.generation) : $util.Long.fromBits(message.generation.low >>> 0, message.generation.high >>> 0, true).toBigInt();
                    else if (typeof message.generation === "number")
                        object.generation = options.longs === $String ? $String(message.generation) : message.generation;
                    else
                        object.generation = options.longs === $String ? $util.Long.prototype.toString.call(message.generation) : options.longs === $Number ? new $util.LongBits(message.generation.low >>> 0, message.generation.high >>> 0).toNumber(true) : message.generation;
                return object;
            };

            /**
             * Converts this HostVm to JSON.
             * @function toJSON
             * @memberof multiverse.v1.HostVm
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HostVm.prototype.toJSON = function() {
                return HostVm.toObject(this, $protobuf.util.toJSONOptions);
            };

            return HostVm;
        })();

        v1.Heartbeat = (function() {

            /**
             * Properties of a Heartbeat.
             * @typedef {Object} multiverse.v1.Heartbeat.$Properties
             * @property {number|null} [version] Heartbeat version
             * @property {number|Long|null} [advertSeq] Heartbeat advertSeq
             * @property {number|Long|null} [beat] Heartbeat beat
             * @property {number|null} [memberStatements] Heartbeat memberStatements
             * @property {number|null} [mappingStatements] Heartbeat mappingStatements
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Heartbeat.
             * @memberof multiverse.v1
             * @interface IHeartbeat
             * @augments multiverse.v1.Heartbeat.$Properties
             * @deprecated Use multiverse.v1.Heartbeat.$Properties instead.
             */

            /**
             * Shape of a Heartbeat.
             * @typedef {multiverse.v1.Heartbeat.$Properties} multiverse.v1.Heartbeat.$Shape
             */

            /**
             * Constructs a new Heartbeat.
             * @memberof multiverse.v1
             * @classdesc Represents a Heartbeat.
             * @constructor
             * @param {multiverse.v1.Heartbeat.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Heartbeat = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Heartbeat version.
             * @member {number} version
             * @memberof multiverse.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.version = 0;

            /**
             * Heartbeat advertSeq.
             * @member {number|Long} advertSeq
             * @memberof multiverse.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.advertSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Heartbeat beat.
             * @member {number|Long} beat
             * @memberof multiverse.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.beat = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Heartbeat memberStatements.
             * @member {number} memberStatements
             * @memberof multiverse.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.memberStatements = 0;

            /**
             * Heartbeat mappingStatements.
             * @member {number} mappingStatements
             * @memberof multiverse.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.mappingStatements = 0;

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.Heartbeat
             * @static
             * @param {multiverse.v1.Heartbeat.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.Heartbeat} Heartbeat instance
             * @type {{
             *   (properties: multiverse.v1.Heartbeat.$Shape): multiverse.v1.Heartbeat & multiverse.v1.Heartbeat.$Shape;
             *   (properties?: multiverse.v1.Heartbeat.$Properties): multiverse.v1.Heartbeat;
             * }}
             */
            Heartbeat.create = function(properties) {
                return new Heartbeat(properties);
            };

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link multiverse.v1.Heartbeat.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.Heartbeat
             * @static
             * @param {multiverse.v1.Heartbeat.$Properties} message Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.advertSeq != null && $Object.hasOwnProperty.call(message, "advertSeq") && (typeof message.advertSeq === "object" ? message.advertSeq.low || message.advertSeq.high : message.advertSeq !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.advertSeq);
                if (message.beat != null && $Object.hasOwnProperty.call(message, "beat") && (typeof message.beat === "object" ? message.beat.low || message.beat.high : message.beat !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.beat);
                if (message.memberStatements != null && $Object.hasOwnProperty.call(message, "memberStatements") && message.memberStatements !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.memberStatements);
                if (message.mappingStatements != null && $Object.hasOwnProperty.call(message, "mappingStatements") && message.mappingStatements !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.mappingStatements);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Heartbeat message, length delimited. Does not implicitly {@link multiverse.v1.Heartbeat.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.Heartbeat
             * @static
             * @param {multiverse.v1.Heartbeat.$Properties} message Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.Heartbeat & multiverse.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.Heartbeat();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.advertSeq = value;
                            else
                                delete message.advertSeq;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.beat = value;
                            else
                                delete message.beat;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.memberStatements = value;
                            else
                                delete message.memberStatements;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.mappingStatements = value;
                            else
                                delete message.mappingStatements;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Heartbeat message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.Heartbeat & multiverse.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Heartbeat message.
             * @function verify
             * @memberof multiverse.v1.Heartbeat
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Heartbeat.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isInteger(message.version))
                        return "version: integer expected";
                if (message.advertSeq != null && $Object.hasOwnProperty.call(message, "advertSeq"))
                    if (!$util.isInteger(message.advertSeq) && !(message.advertSeq && $util.isInteger(message.advertSeq.low) && $util.isInteger(message.advertSeq.high)))
                        return "advertSeq: integer|Long expected";
                if (message.beat != null && $Object.hasOwnProperty.call(message, "beat"))
                    if (!$util.isInteger(message.beat) && !(message.beat && $util.isInteger(message.beat.low) && $util.isInteger(message.beat.high)))
                        return "beat: integer|Long expected";
                if (message.memberStatements != null && $Object.hasOwnProperty.call(message, "memberStatements"))
                    if (!$util.isInteger(message.memberStatements))
                        return "memberStatements: integer expected";
                if (message.mappingStatements != null && $Object.hasOwnProperty.call(message, "mappingStatements"))
                    if (!$util.isInteger(message.mappingStatements))
                        return "mappingStatements: integer expected";
                return null;
            };

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.Heartbeat
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.Heartbeat} Heartbeat
             */
            Heartbeat.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.Heartbeat)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.Heartbeat: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.Heartbeat();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.advertSeq != null)
                    if (typeof object.advertSeq === "object" ? object.advertSeq.low || object.advertSeq.high : $Number(object.advertSeq) !== 0)
                        if ($util.Long)
                            message.advertSeq = $util.Long.fromValue(object.advertSeq, true);
                        else if (typeof object.advertSeq === "string")
                            message.advertSeq = $parseInt(object.advertSeq, 10);
                        else if (typeof object.advertSeq === "number")
                            message.advertSeq = object.advertSeq;
                        else if (typeof object.advertSeq === "object")
                            message.advertSeq = new $util.LongBits(object.advertSeq.low >>> 0, object.advertSeq.high >>> 0).toNumber(true);
                if (object.beat != null)
                    if (typeof object.beat === "object" ? object.beat.low || object.beat.high : $Number(object.beat) !== 0)
                        if ($util.Long)
                            message.beat = $util.Long.fromValue(object.beat, true);
                        else if (typeof object.beat === "string")
                            message.beat = $parseInt(object.beat, 10);
                        else if (typeof object.beat === "number")
                            message.beat = object.beat;
                        else if (typeof object.beat === "object")
                            message.beat = new $util.LongBits(object.beat.low >>> 0, object.beat.high >>> 0).toNumber(true);
                if (object.memberStatements != null)
                    if ($Number(object.memberStatements) !== 0)
                        message.memberStatements = object.memberStatements >>> 0;
                if (object.mappingStatements != null)
                    if ($Number(object.mappingStatements) !== 0)
                        message.mappingStatements = object.mappingStatements >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.Heartbeat
             * @static
             * @param {multiverse.v1.Heartbeat} message Heartbeat
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Heartbeat.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.version = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.advertSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.advertSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.beat = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.beat = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.memberStatements = 0;
                    object.mappingStatements = 0;
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.advertSeq != null && $Object.hasOwnProperty.call(message, "advertSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.advertSeq = typeof message.advertSeq === "number" ? $BigInt(message.advertSeq) : $util.Long.fromBits(message.advertSeq.low >>> 0, message.advertSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.advertSeq === "number")
                        object.advertSeq = options.longs === $String ? $String(message.advertSeq) : message.advertSeq;
                    else
                        object.advertSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.advertSeq) : options.longs === $Number ? new $util.LongBits(message.advertSeq.low >>> 0, message.advertSeq.high >>> 0).toNumber(true) : message.advertSeq;
                if (message.beat != null && $Object.hasOwnProperty.call(message, "beat"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.beat = typeof message.beat === "number" ? $BigInt(message.beat) : $util.Long.fromBits(message.beat.low >>> 0, message.beat.high >>> 0, true).toBigInt();
                    else if (typeof message.beat === "number")
                        object.beat = options.longs === $String ? $String(message.beat) : message.beat;
                    else
                        object.beat = options.longs === $String ? $util.Long.prototype.toString.call(message.beat) : options.longs === $Number ? new $util.LongBits(message.beat.low >>> 0, message.beat.high >>> 0).toNumber(true) : message.beat;
                if (message.memberStatements != null && $Object.hasOwnProperty.call(message, "memberStatements"))
                    object.memberStatements = message.memberStatements;
                if (message.mappingStatements != null && $Object.hasOwnProperty.call(message, "mappingStatements"))
                    object.mappingStatements = message.mappingStatements;
                return object;
            };

            /**
             * Converts this Heartbeat to JSON.
             * @function toJSON
             * @memberof multiverse.v1.Heartbeat
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Heartbeat.prototype.toJSON = function() {
                return Heartbeat.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Heartbeat;
        })();

        v1.BeatGrant = (function() {

            /**
             * Properties of a BeatGrant.
             * @typedef {Object} multiverse.v1.BeatGrant.$Properties
             * @property {number|null} [version] BeatGrant version
             * @property {number|null} [udpPort] BeatGrant udpPort
             * @property {Uint8Array|null} [keyId] BeatGrant keyId
             * @property {Uint8Array|null} [key] BeatGrant key
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BeatGrant.
             * @memberof multiverse.v1
             * @interface IBeatGrant
             * @augments multiverse.v1.BeatGrant.$Properties
             * @deprecated Use multiverse.v1.BeatGrant.$Properties instead.
             */

            /**
             * Shape of a BeatGrant.
             * @typedef {multiverse.v1.BeatGrant.$Properties} multiverse.v1.BeatGrant.$Shape
             */

            /**
             * Constructs a new BeatGrant.
             * @memberof multiverse.v1
             * @classdesc Represents a BeatGrant.
             * @constructor
             * @param {multiverse.v1.BeatGrant.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BeatGrant = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BeatGrant version.
             * @member {number} version
             * @memberof multiverse.v1.BeatGrant
             * @instance
             */
            BeatGrant.prototype.version = 0;

            /**
             * BeatGrant udpPort.
             * @member {number} udpPort
             * @memberof multiverse.v1.BeatGrant
             * @instance
             */
            BeatGrant.prototype.udpPort = 0;

            /**
             * BeatGrant keyId.
             * @member {Uint8Array} keyId
             * @memberof multiverse.v1.BeatGrant
             * @instance
             */
            BeatGrant.prototype.keyId = $util.newBuffer([]);

            /**
             * BeatGrant key.
             * @member {Uint8Array} key
             * @memberof multiverse.v1.BeatGrant
             * @instance
             */
            BeatGrant.prototype.key = $util.newBuffer([]);

            /**
             * Creates a new BeatGrant instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.BeatGrant
             * @static
             * @param {multiverse.v1.BeatGrant.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.BeatGrant} BeatGrant instance
             * @type {{
             *   (properties: multiverse.v1.BeatGrant.$Shape): multiverse.v1.BeatGrant & multiverse.v1.BeatGrant.$Shape;
             *   (properties?: multiverse.v1.BeatGrant.$Properties): multiverse.v1.BeatGrant;
             * }}
             */
            BeatGrant.create = function(properties) {
                return new BeatGrant(properties);
            };

            /**
             * Encodes the specified BeatGrant message. Does not implicitly {@link multiverse.v1.BeatGrant.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.BeatGrant
             * @static
             * @param {multiverse.v1.BeatGrant.$Properties} message BeatGrant message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BeatGrant.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.udpPort != null && $Object.hasOwnProperty.call(message, "udpPort") && message.udpPort !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.udpPort);
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.keyId);
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.key);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified BeatGrant message, length delimited. Does not implicitly {@link multiverse.v1.BeatGrant.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.BeatGrant
             * @static
             * @param {multiverse.v1.BeatGrant.$Properties} message BeatGrant message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BeatGrant.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a BeatGrant message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.BeatGrant
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.BeatGrant & multiverse.v1.BeatGrant.$Shape} BeatGrant
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BeatGrant.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.BeatGrant();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.udpPort = value;
                            else
                                delete message.udpPort;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.keyId = value;
                            else
                                delete message.keyId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a BeatGrant message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.BeatGrant
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.BeatGrant & multiverse.v1.BeatGrant.$Shape} BeatGrant
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BeatGrant.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a BeatGrant message.
             * @function verify
             * @memberof multiverse.v1.BeatGrant
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BeatGrant.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isInteger(message.version))
                        return "version: integer expected";
                if (message.udpPort != null && $Object.hasOwnProperty.call(message, "udpPort"))
                    if (!$util.isInteger(message.udpPort))
                        return "udpPort: integer expected";
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId"))
                    if (!(message.keyId && typeof message.keyId.length === "number" || $util.isString(message.keyId)))
                        return "keyId: buffer expected";
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    if (!(message.key && typeof message.key.length === "number" || $util.isString(message.key)))
                        return "key: buffer expected";
                return null;
            };

            /**
             * Creates a BeatGrant message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.BeatGrant
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.BeatGrant} BeatGrant
             */
            BeatGrant.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.BeatGrant)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.BeatGrant: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.BeatGrant();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.udpPort != null)
                    if ($Number(object.udpPort) !== 0)
                        message.udpPort = object.udpPort >>> 0;
                if (object.keyId != null)
                    if (object.keyId.length)
                        if (typeof object.keyId === "string")
                            $util.base64.decode(object.keyId, message.keyId = $util.newBuffer($util.base64.length(object.keyId)), 0);
                        else if (object.keyId.length >= 0)
                            message.keyId = object.keyId;
                if (object.key != null)
                    if (object.key.length)
                        if (typeof object.key === "string")
                            $util.base64.decode(object.key, message.key = $util.newBuffer($util.base64.length(object.key)), 0);
                        else if (object.key.length >= 0)
                            message.key = object.key;
                return message;
            };

            /**
             * Creates a plain object from a BeatGrant message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.BeatGrant
             * @static
             * @param {multiverse.v1.BeatGrant} message BeatGrant
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BeatGrant.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.version = 0;
                    object.udpPort = 0;
                    if (options.bytes === $String)
                        object.keyId = "";
                    else {
                        object.keyId = [];
                        if (options.bytes !== $Array)
                            object.keyId = $util.newBuffer(object.keyId);
                    }
                    if (options.bytes === $String)
                        object.key = "";
                    else {
                        object.key = [];
                        if (options.bytes !== $Array)
                            object.key = $util.newBuffer(object.key);
                    }
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.udpPort != null && $Object.hasOwnProperty.call(message, "udpPort"))
                    object.udpPort = message.udpPort;
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId"))
                    object.keyId = options.bytes === $String ? $util.base64.encode(message.keyId, 0, message.keyId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.keyId) : message.keyId;
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    object.key = options.bytes === $String ? $util.base64.encode(message.key, 0, message.key.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.key) : message.key;
                return object;
            };

            /**
             * Converts this BeatGrant to JSON.
             * @function toJSON
             * @memberof multiverse.v1.BeatGrant
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BeatGrant.prototype.toJSON = function() {
                return BeatGrant.toObject(this, $protobuf.util.toJSONOptions);
            };

            return BeatGrant;
        })();

        /**
         * MemberAction enum.
         * @name multiverse.v1.MemberAction
         * @enum {number}
         * @property {number} MEMBER_ACTION_INVALID=0 MEMBER_ACTION_INVALID value
         * @property {number} MEMBER_ACTION_ADD=1 MEMBER_ACTION_ADD value
         * @property {number} MEMBER_ACTION_REVOKE=2 MEMBER_ACTION_REVOKE value
         */
        v1.MemberAction = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "MEMBER_ACTION_INVALID"] = 0;
            values[valuesById[1] = "MEMBER_ACTION_ADD"] = 1;
            values[valuesById[2] = "MEMBER_ACTION_REVOKE"] = 2;
            return values;
        })();

        v1.MemberStatement = (function() {

            /**
             * Properties of a MemberStatement.
             * @typedef {Object} multiverse.v1.MemberStatement.$Properties
             * @property {number|null} [version] MemberStatement version
             * @property {string|null} [clusterId] MemberStatement clusterId
             * @property {multiverse.v1.MemberAction|null} [action] MemberStatement action
             * @property {Uint8Array|null} [subject] MemberStatement subject
             * @property {string|null} [name] MemberStatement name
             * @property {number|Long|null} [issuedAtMs] MemberStatement issuedAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MemberStatement.
             * @memberof multiverse.v1
             * @interface IMemberStatement
             * @augments multiverse.v1.MemberStatement.$Properties
             * @deprecated Use multiverse.v1.MemberStatement.$Properties instead.
             */

            /**
             * Shape of a MemberStatement.
             * @typedef {multiverse.v1.MemberStatement.$Properties} multiverse.v1.MemberStatement.$Shape
             */

            /**
             * Constructs a new MemberStatement.
             * @memberof multiverse.v1
             * @classdesc Represents a MemberStatement.
             * @constructor
             * @param {multiverse.v1.MemberStatement.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MemberStatement = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MemberStatement version.
             * @member {number} version
             * @memberof multiverse.v1.MemberStatement
             * @instance
             */
            MemberStatement.prototype.version = 0;

            /**
             * MemberStatement clusterId.
             * @member {string} clusterId
             * @memberof multiverse.v1.MemberStatement
             * @instance
             */
            MemberStatement.prototype.clusterId = "";

            /**
             * MemberStatement action.
             * @member {multiverse.v1.MemberAction} action
             * @memberof multiverse.v1.MemberStatement
             * @instance
             */
            MemberStatement.prototype.action = 0;

            /**
             * MemberStatement subject.
             * @member {Uint8Array} subject
             * @memberof multiverse.v1.MemberStatement
             * @instance
             */
            MemberStatement.prototype.subject = $util.newBuffer([]);

            /**
             * MemberStatement name.
             * @member {string} name
             * @memberof multiverse.v1.MemberStatement
             * @instance
             */
            MemberStatement.prototype.name = "";

            /**
             * MemberStatement issuedAtMs.
             * @member {number|Long} issuedAtMs
             * @memberof multiverse.v1.MemberStatement
             * @instance
             */
            MemberStatement.prototype.issuedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new MemberStatement instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.MemberStatement
             * @static
             * @param {multiverse.v1.MemberStatement.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.MemberStatement} MemberStatement instance
             * @type {{
             *   (properties: multiverse.v1.MemberStatement.$Shape): multiverse.v1.MemberStatement & multiverse.v1.MemberStatement.$Shape;
             *   (properties?: multiverse.v1.MemberStatement.$Properties): multiverse.v1.MemberStatement;
             * }}
             */
            MemberStatement.create = function(properties) {
                return new MemberStatement(properties);
            };

            /**
             * Encodes the specified MemberStatement message. Does not implicitly {@link multiverse.v1.MemberStatement.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.MemberStatement
             * @static
             * @param {multiverse.v1.MemberStatement.$Properties} message MemberStatement message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MemberStatement.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId") && message.clusterId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.clusterId);
                if (message.action != null && $Object.hasOwnProperty.call(message, "action") && message.action !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.action);
                if (message.subject != null && $Object.hasOwnProperty.call(message, "subject") && message.subject.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.subject);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.name);
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs") && (typeof message.issuedAtMs === "object" ? message.issuedAtMs.low || message.issuedAtMs.high : message.issuedAtMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.issuedAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MemberStatement message, length delimited. Does not implicitly {@link multiverse.v1.MemberStatement.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.MemberStatement
             * @static
             * @param {multiverse.v1.MemberStatement.$Properties} message MemberStatement message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MemberStatement.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MemberStatement message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.MemberStatement
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.MemberStatement & multiverse.v1.MemberStatement.$Shape} MemberStatement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MemberStatement.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.MemberStatement();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clusterId = value;
                            else
                                delete message.clusterId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.action = value;
                            else
                                delete message.action;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.subject = value;
                            else
                                delete message.subject;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.issuedAtMs = value;
                            else
                                delete message.issuedAtMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MemberStatement message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.MemberStatement
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.MemberStatement & multiverse.v1.MemberStatement.$Shape} MemberStatement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MemberStatement.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MemberStatement message.
             * @function verify
             * @memberof multiverse.v1.MemberStatement
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MemberStatement.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isInteger(message.version))
                        return "version: integer expected";
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId"))
                    if (!$util.isString(message.clusterId))
                        return "clusterId: string expected";
                if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                    if (typeof message.action !== "number" || (message.action | 0) !== message.action)
                        return "action: enum value expected";
                if (message.subject != null && $Object.hasOwnProperty.call(message, "subject"))
                    if (!(message.subject && typeof message.subject.length === "number" || $util.isString(message.subject)))
                        return "subject: buffer expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs"))
                    if (!$util.isInteger(message.issuedAtMs) && !(message.issuedAtMs && $util.isInteger(message.issuedAtMs.low) && $util.isInteger(message.issuedAtMs.high)))
                        return "issuedAtMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a MemberStatement message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.MemberStatement
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.MemberStatement} MemberStatement
             */
            MemberStatement.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.MemberStatement)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.MemberStatement: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.MemberStatement();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.clusterId != null)
                    if (typeof object.clusterId !== "string" || object.clusterId.length)
                        message.clusterId = $String(object.clusterId);
                if (object.action !== 0 && (typeof object.action !== "string" || $root.multiverse.v1.MemberAction[object.action] !== 0))
                    switch (object.action) {
                    case "MEMBER_ACTION_INVALID":
                    case 0:
                        message.action = 0;
                        break;
                    case "MEMBER_ACTION_ADD":
                    case 1:
                        message.action = 1;
                        break;
                    case "MEMBER_ACTION_REVOKE":
                    case 2:
                        message.action = 2;
                        break;
                    default:
                        if (typeof object.action === "number" && (object.action | 0) === object.action)
                            message.action = object.action;
                    }
                if (object.subject != null)
                    if (object.subject.length)
                        if (typeof object.subject === "string")
                            $util.base64.decode(object.subject, message.subject = $util.newBuffer($util.base64.length(object.subject)), 0);
                        else if (object.subject.length >= 0)
                            message.subject = object.subject;
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.issuedAtMs != null)
                    if (typeof object.issuedAtMs === "object" ? object.issuedAtMs.low || object.issuedAtMs.high : $Number(object.issuedAtMs) !== 0)
                        if ($util.Long)
                            message.issuedAtMs = $util.Long.fromValue(object.issuedAtMs, true);
                        else if (typeof object.issuedAtMs === "string")
                            message.issuedAtMs = $parseInt(object.issuedAtMs, 10);
                        else if (typeof object.issuedAtMs === "number")
                            message.issuedAtMs = object.issuedAtMs;
                        else if (typeof object.issuedAtMs === "object")
                            message.issuedAtMs = new $util.LongBits(object.issuedAtMs.low >>> 0, object.issuedAtMs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a MemberStatement message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.MemberStatement
             * @static
             * @param {multiverse.v1.MemberStatement} message MemberStatement
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MemberStatement.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.version = 0;
                    object.clusterId = "";
                    object.action = options.enums === $String ? "MEMBER_ACTION_INVALID" : 0;
                    if (options.bytes === $String)
                        object.subject = "";
                    else {
                        object.subject = [];
                        if (options.bytes !== $Array)
                            object.subject = $util.newBuffer(object.subject);
                    }
                    object.name = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.issuedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.issuedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId"))
                    object.clusterId = message.clusterId;
                if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                    object.action = options.enums === $String ? $root.multiverse.v1.MemberAction[message.action] === $undefined ? message.action : $root.multiverse.v1.MemberAction[message.action] : message.action;
                if (message.subject != null && $Object.hasOwnProperty.call(message, "subject"))
                    object.subject = options.bytes === $String ? $util.base64.encode(message.subject, 0, message.subject.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.subject) : message.subject;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.issuedAtMs = typeof message.issuedAtMs === "number" ? $BigInt(message.issuedAtMs) : $util.Long.fromBits(message.issuedAtMs.low >>> 0, message.issuedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.issuedAtMs === "number")
                        object.issuedAtMs = options.longs === $String ? $String(message.issuedAtMs) : message.issuedAtMs;
                    else
                        object.issuedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.issuedAtMs) : options.longs === $Number ? new $util.LongBits(message.issuedAtMs.low >>> 0, message.issuedAtMs.high >>> 0).toNumber(true) : message.issuedAtMs;
                return object;
            };

            /**
             * Converts this MemberStatement to JSON.
             * @function toJSON
             * @memberof multiverse.v1.MemberStatement
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MemberStatement.prototype.toJSON = function() {
                return MemberStatement.toObject(this, $protobuf.util.toJSONOptions);
            };

            return MemberStatement;
        })();

        v1.SyncRequest = (function() {

            /**
             * Properties of a SyncRequest.
             * @typedef {Object} multiverse.v1.SyncRequest.$Properties
             * @property {number|null} [version] SyncRequest version
             * @property {string|null} [clusterId] SyncRequest clusterId
             * @property {Array.<multiverse.v1.HeldAdvert.$Properties>|null} [held] SyncRequest held
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SyncRequest.
             * @memberof multiverse.v1
             * @interface ISyncRequest
             * @augments multiverse.v1.SyncRequest.$Properties
             * @deprecated Use multiverse.v1.SyncRequest.$Properties instead.
             */

            /**
             * Shape of a SyncRequest.
             * @typedef {multiverse.v1.SyncRequest.$Properties} multiverse.v1.SyncRequest.$Shape
             */

            /**
             * Constructs a new SyncRequest.
             * @memberof multiverse.v1
             * @classdesc Represents a SyncRequest.
             * @constructor
             * @param {multiverse.v1.SyncRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SyncRequest = function (properties) {
                this.held = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SyncRequest version.
             * @member {number} version
             * @memberof multiverse.v1.SyncRequest
             * @instance
             */
            SyncRequest.prototype.version = 0;

            /**
             * SyncRequest clusterId.
             * @member {string} clusterId
             * @memberof multiverse.v1.SyncRequest
             * @instance
             */
            SyncRequest.prototype.clusterId = "";

            /**
             * SyncRequest held.
             * @member {Array.<multiverse.v1.HeldAdvert.$Properties>} held
             * @memberof multiverse.v1.SyncRequest
             * @instance
             */
            SyncRequest.prototype.held = $util.emptyArray;

            /**
             * Creates a new SyncRequest instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.SyncRequest
             * @static
             * @param {multiverse.v1.SyncRequest.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.SyncRequest} SyncRequest instance
             * @type {{
             *   (properties: multiverse.v1.SyncRequest.$Shape): multiverse.v1.SyncRequest & multiverse.v1.SyncRequest.$Shape;
             *   (properties?: multiverse.v1.SyncRequest.$Properties): multiverse.v1.SyncRequest;
             * }}
             */
            SyncRequest.create = function(properties) {
                return new SyncRequest(properties);
            };

            /**
             * Encodes the specified SyncRequest message. Does not implicitly {@link multiverse.v1.SyncRequest.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.SyncRequest
             * @static
             * @param {multiverse.v1.SyncRequest.$Properties} message SyncRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SyncRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId") && message.clusterId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.clusterId);
                if (message.held != null && message.held.length)
                    for (let i = 0; i < message.held.length; ++i)
                        $root.multiverse.v1.HeldAdvert.encode(message.held[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SyncRequest message, length delimited. Does not implicitly {@link multiverse.v1.SyncRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.SyncRequest
             * @static
             * @param {multiverse.v1.SyncRequest.$Properties} message SyncRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SyncRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SyncRequest message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.SyncRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.SyncRequest & multiverse.v1.SyncRequest.$Shape} SyncRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SyncRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.SyncRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clusterId = value;
                            else
                                delete message.clusterId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.held && message.held.length))
                                message.held = [];
                            message.held.push($root.multiverse.v1.HeldAdvert.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SyncRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.SyncRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.SyncRequest & multiverse.v1.SyncRequest.$Shape} SyncRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SyncRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SyncRequest message.
             * @function verify
             * @memberof multiverse.v1.SyncRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SyncRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isInteger(message.version))
                        return "version: integer expected";
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId"))
                    if (!$util.isString(message.clusterId))
                        return "clusterId: string expected";
                if (message.held != null && $Object.hasOwnProperty.call(message, "held")) {
                    if (!$Array.isArray(message.held))
                        return "held: array expected";
                    for (let i = 0; i < message.held.length; ++i) {
                        let error = $root.multiverse.v1.HeldAdvert.verify(message.held[i], _depth + 1);
                        if (error)
                            return "held." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a SyncRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.SyncRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.SyncRequest} SyncRequest
             */
            SyncRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.SyncRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.SyncRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.SyncRequest();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.clusterId != null)
                    if (typeof object.clusterId !== "string" || object.clusterId.length)
                        message.clusterId = $String(object.clusterId);
                if (object.held) {
                    if (!$Array.isArray(object.held))
                        throw $TypeError(".multiverse.v1.SyncRequest.held: array expected");
                    message.held = $Array(object.held.length);
                    for (let i = 0; i < object.held.length; ++i) {
                        if (!$util.isObject(object.held[i]))
                            throw $TypeError(".multiverse.v1.SyncRequest.held: object expected");
                        message.held[i] = $root.multiverse.v1.HeldAdvert.fromObject(object.held[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a SyncRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.SyncRequest
             * @static
             * @param {multiverse.v1.SyncRequest} message SyncRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SyncRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.held = [];
                if (options.defaults) {
                    object.version = 0;
                    object.clusterId = "";
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId"))
                    object.clusterId = message.clusterId;
                if (message.held && message.held.length) {
                    object.held = $Array(message.held.length);
                    for (let j = 0; j < message.held.length; ++j)
                        object.held[j] = $root.multiverse.v1.HeldAdvert.toObject(message.held[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this SyncRequest to JSON.
             * @function toJSON
             * @memberof multiverse.v1.SyncRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SyncRequest.prototype.toJSON = function() {
                return SyncRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SyncRequest;
        })();

        v1.HeldAdvert = (function() {

            /**
             * Properties of a HeldAdvert.
             * @typedef {Object} multiverse.v1.HeldAdvert.$Properties
             * @property {string|null} [peerId] HeldAdvert peerId
             * @property {number|Long|null} [seq] HeldAdvert seq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HeldAdvert.
             * @memberof multiverse.v1
             * @interface IHeldAdvert
             * @augments multiverse.v1.HeldAdvert.$Properties
             * @deprecated Use multiverse.v1.HeldAdvert.$Properties instead.
             */

            /**
             * Shape of a HeldAdvert.
             * @typedef {multiverse.v1.HeldAdvert.$Properties} multiverse.v1.HeldAdvert.$Shape
             */

            /**
             * Constructs a new HeldAdvert.
             * @memberof multiverse.v1
             * @classdesc Represents a HeldAdvert.
             * @constructor
             * @param {multiverse.v1.HeldAdvert.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HeldAdvert = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HeldAdvert peerId.
             * @member {string} peerId
             * @memberof multiverse.v1.HeldAdvert
             * @instance
             */
            HeldAdvert.prototype.peerId = "";

            /**
             * HeldAdvert seq.
             * @member {number|Long} seq
             * @memberof multiverse.v1.HeldAdvert
             * @instance
             */
            HeldAdvert.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new HeldAdvert instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.HeldAdvert
             * @static
             * @param {multiverse.v1.HeldAdvert.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.HeldAdvert} HeldAdvert instance
             * @type {{
             *   (properties: multiverse.v1.HeldAdvert.$Shape): multiverse.v1.HeldAdvert & multiverse.v1.HeldAdvert.$Shape;
             *   (properties?: multiverse.v1.HeldAdvert.$Properties): multiverse.v1.HeldAdvert;
             * }}
             */
            HeldAdvert.create = function(properties) {
                return new HeldAdvert(properties);
            };

            /**
             * Encodes the specified HeldAdvert message. Does not implicitly {@link multiverse.v1.HeldAdvert.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.HeldAdvert
             * @static
             * @param {multiverse.v1.HeldAdvert.$Properties} message HeldAdvert message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HeldAdvert.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.peerId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HeldAdvert message, length delimited. Does not implicitly {@link multiverse.v1.HeldAdvert.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.HeldAdvert
             * @static
             * @param {multiverse.v1.HeldAdvert.$Properties} message HeldAdvert message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HeldAdvert.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HeldAdvert message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.HeldAdvert
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.HeldAdvert & multiverse.v1.HeldAdvert.$Shape} HeldAdvert
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HeldAdvert.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.HeldAdvert();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerId = value;
                            else
                                delete message.peerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a HeldAdvert message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.HeldAdvert
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.HeldAdvert & multiverse.v1.HeldAdvert.$Shape} HeldAdvert
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HeldAdvert.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HeldAdvert message.
             * @function verify
             * @memberof multiverse.v1.HeldAdvert
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HeldAdvert.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId"))
                    if (!$util.isString(message.peerId))
                        return "peerId: string expected";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                return null;
            };

            /**
             * Creates a HeldAdvert message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.HeldAdvert
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.HeldAdvert} HeldAdvert
             */
            HeldAdvert.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.HeldAdvert)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.HeldAdvert: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.HeldAdvert();
                if (object.peerId != null)
                    if (typeof object.peerId !== "string" || object.peerId.length)
                        message.peerId = $String(object.peerId);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a HeldAdvert message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.HeldAdvert
             * @static
             * @param {multiverse.v1.HeldAdvert} message HeldAdvert
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HeldAdvert.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.peerId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId"))
                    object.peerId = message.peerId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                return object;
            };

            /**
             * Converts this HeldAdvert to JSON.
             * @function toJSON
             * @memberof multiverse.v1.HeldAdvert
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HeldAdvert.prototype.toJSON = function() {
                return HeldAdvert.toObject(this, $protobuf.util.toJSONOptions);
            };

            return HeldAdvert;
        })();

        v1.SyncResponse = (function() {

            /**
             * Properties of a SyncResponse.
             * @typedef {Object} multiverse.v1.SyncResponse.$Properties
             * @property {number|null} [version] SyncResponse version
             * @property {Array.<Uint8Array>|null} [adverts] SyncResponse adverts
             * @property {Array.<Uint8Array>|null} [members] SyncResponse members
             * @property {Array.<Uint8Array>|null} [mappings] SyncResponse mappings
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SyncResponse.
             * @memberof multiverse.v1
             * @interface ISyncResponse
             * @augments multiverse.v1.SyncResponse.$Properties
             * @deprecated Use multiverse.v1.SyncResponse.$Properties instead.
             */

            /**
             * Shape of a SyncResponse.
             * @typedef {multiverse.v1.SyncResponse.$Properties} multiverse.v1.SyncResponse.$Shape
             */

            /**
             * Constructs a new SyncResponse.
             * @memberof multiverse.v1
             * @classdesc Represents a SyncResponse.
             * @constructor
             * @param {multiverse.v1.SyncResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SyncResponse = function (properties) {
                this.adverts = [];
                this.members = [];
                this.mappings = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SyncResponse version.
             * @member {number} version
             * @memberof multiverse.v1.SyncResponse
             * @instance
             */
            SyncResponse.prototype.version = 0;

            /**
             * SyncResponse adverts.
             * @member {Array.<Uint8Array>} adverts
             * @memberof multiverse.v1.SyncResponse
             * @instance
             */
            SyncResponse.prototype.adverts = $util.emptyArray;

            /**
             * SyncResponse members.
             * @member {Array.<Uint8Array>} members
             * @memberof multiverse.v1.SyncResponse
             * @instance
             */
            SyncResponse.prototype.members = $util.emptyArray;

            /**
             * SyncResponse mappings.
             * @member {Array.<Uint8Array>} mappings
             * @memberof multiverse.v1.SyncResponse
             * @instance
             */
            SyncResponse.prototype.mappings = $util.emptyArray;

            /**
             * Creates a new SyncResponse instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.SyncResponse
             * @static
             * @param {multiverse.v1.SyncResponse.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.SyncResponse} SyncResponse instance
             * @type {{
             *   (properties: multiverse.v1.SyncResponse.$Shape): multiverse.v1.SyncResponse & multiverse.v1.SyncResponse.$Shape;
             *   (properties?: multiverse.v1.SyncResponse.$Properties): multiverse.v1.SyncResponse;
             * }}
             */
            SyncResponse.create = function(properties) {
                return new SyncResponse(properties);
            };

            /**
             * Encodes the specified SyncResponse message. Does not implicitly {@link multiverse.v1.SyncResponse.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.SyncResponse
             * @static
             * @param {multiverse.v1.SyncResponse.$Properties} message SyncResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SyncResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.adverts != null && message.adverts.length)
                    for (let i = 0; i < message.adverts.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.adverts[i]);
                if (message.members != null && message.members.length)
                    for (let i = 0; i < message.members.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.members[i]);
                if (message.mappings != null && message.mappings.length)
                    for (let i = 0; i < message.mappings.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.mappings[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SyncResponse message, length delimited. Does not implicitly {@link multiverse.v1.SyncResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.SyncResponse
             * @static
             * @param {multiverse.v1.SyncResponse.$Properties} message SyncResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SyncResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SyncResponse message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.SyncResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.SyncResponse & multiverse.v1.SyncResponse.$Shape} SyncResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SyncResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.SyncResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.adverts && message.adverts.length))
                                message.adverts = [];
                            message.adverts.push(reader.bytes());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.members && message.members.length))
                                message.members = [];
                            message.members.push(reader.bytes());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.mappings && message.mappings.length))
                                message.mappings = [];
                            message.mappings.push(reader.bytes());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a SyncResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.SyncResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.SyncResponse & multiverse.v1.SyncResponse.$Shape} SyncResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SyncResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SyncResponse message.
             * @function verify
             * @memberof multiverse.v1.SyncResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SyncResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isInteger(message.version))
                        return "version: integer expected";
                if (message.adverts != null && $Object.hasOwnProperty.call(message, "adverts")) {
                    if (!$Array.isArray(message.adverts))
                        return "adverts: array expected";
                    for (let i = 0; i < message.adverts.length; ++i)
                        if (!(message.adverts[i] && typeof message.adverts[i].length === "number" || $util.isString(message.adverts[i])))
                            return "adverts: buffer[] expected";
                }
                if (message.members != null && $Object.hasOwnProperty.call(message, "members")) {
                    if (!$Array.isArray(message.members))
                        return "members: array expected";
                    for (let i = 0; i < message.members.length; ++i)
                        if (!(message.members[i] && typeof message.members[i].length === "number" || $util.isString(message.members[i])))
                            return "members: buffer[] expected";
                }
                if (message.mappings != null && $Object.hasOwnProperty.call(message, "mappings")) {
                    if (!$Array.isArray(message.mappings))
                        return "mappings: array expected";
                    for (let i = 0; i < message.mappings.length; ++i)
                        if (!(message.mappings[i] && typeof message.mappings[i].length === "number" || $util.isString(message.mappings[i])))
                            return "mappings: buffer[] expected";
                }
                return null;
            };

            /**
             * Creates a SyncResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.SyncResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.SyncResponse} SyncResponse
             */
            SyncResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.SyncResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.SyncResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.SyncResponse();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.adverts) {
                    if (!$Array.isArray(object.adverts))
                        throw $TypeError(".multiverse.v1.SyncResponse.adverts: array expected");
                    message.adverts = $Array(object.adverts.length);
                    for (let i = 0; i < object.adverts.length; ++i)
                        if (typeof object.adverts[i] === "string")
                            $util.base64.decode(object.adverts[i], message.adverts[i] = $util.newBuffer($util.base64.length(object.adverts[i])), 0);
                        else if (object.adverts[i].length >= 0)
                            message.adverts[i] = object.adverts[i];
                }
                if (object.members) {
                    if (!$Array.isArray(object.members))
                        throw $TypeError(".multiverse.v1.SyncResponse.members: array expected");
                    message.members = $Array(object.members.length);
                    for (let i = 0; i < object.members.length; ++i)
                        if (typeof object.members[i] === "string")
                            $util.base64.decode(object.members[i], message.members[i] = $util.newBuffer($util.base64.length(object.members[i])), 0);
                        else if (object.members[i].length >= 0)
                            message.members[i] = object.members[i];
                }
                if (object.mappings) {
                    if (!$Array.isArray(object.mappings))
                        throw $TypeError(".multiverse.v1.SyncResponse.mappings: array expected");
                    message.mappings = $Array(object.mappings.length);
                    for (let i = 0; i < object.mappings.length; ++i)
                        if (typeof object.mappings[i] === "string")
                            $util.base64.decode(object.mappings[i], message.mappings[i] = $util.newBuffer($util.base64.length(object.mappings[i])), 0);
                        else if (object.mappings[i].length >= 0)
                            message.mappings[i] = object.mappings[i];
                }
                return message;
            };

            /**
             * Creates a plain object from a SyncResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.SyncResponse
             * @static
             * @param {multiverse.v1.SyncResponse} message SyncResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SyncResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.adverts = [];
                    object.members = [];
                    object.mappings = [];
                }
                if (options.defaults)
                    object.version = 0;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.adverts && message.adverts.length) {
                    object.adverts = $Array(message.adverts.length);
                    for (let j = 0; j < message.adverts.length; ++j)
                        object.adverts[j] = options.bytes === $String ? $util.base64.encode(message.adverts[j], 0, message.adverts[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.adverts[j]) : message.adverts[j];
                }
                if (message.members && message.members.length) {
                    object.members = $Array(message.members.length);
                    for (let j = 0; j < message.members.length; ++j)
                        object.members[j] = options.bytes === $String ? $util.base64.encode(message.members[j], 0, message.members[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.members[j]) : message.members[j];
                }
                if (message.mappings && message.mappings.length) {
                    object.mappings = $Array(message.mappings.length);
                    for (let j = 0; j < message.mappings.length; ++j)
                        object.mappings[j] = options.bytes === $String ? $util.base64.encode(message.mappings[j], 0, message.mappings[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.mappings[j]) : message.mappings[j];
                }
                return object;
            };

            /**
             * Converts this SyncResponse to JSON.
             * @function toJSON
             * @memberof multiverse.v1.SyncResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SyncResponse.prototype.toJSON = function() {
                return SyncResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SyncResponse;
        })();

        v1.MappingStatement = (function() {

            /**
             * Properties of a MappingStatement.
             * @typedef {Object} multiverse.v1.MappingStatement.$Properties
             * @property {number|null} [version] MappingStatement version
             * @property {string|null} [clusterId] MappingStatement clusterId
             * @property {string|null} [name] MappingStatement name
             * @property {Object.<string,string>|null} [devices] MappingStatement devices
             * @property {boolean|null} [removed] MappingStatement removed
             * @property {number|Long|null} [issuedAtMs] MappingStatement issuedAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MappingStatement.
             * @memberof multiverse.v1
             * @interface IMappingStatement
             * @augments multiverse.v1.MappingStatement.$Properties
             * @deprecated Use multiverse.v1.MappingStatement.$Properties instead.
             */

            /**
             * Shape of a MappingStatement.
             * @typedef {multiverse.v1.MappingStatement.$Properties} multiverse.v1.MappingStatement.$Shape
             */

            /**
             * Constructs a new MappingStatement.
             * @memberof multiverse.v1
             * @classdesc Represents a MappingStatement.
             * @constructor
             * @param {multiverse.v1.MappingStatement.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MappingStatement = function (properties) {
                this.devices = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MappingStatement version.
             * @member {number} version
             * @memberof multiverse.v1.MappingStatement
             * @instance
             */
            MappingStatement.prototype.version = 0;

            /**
             * MappingStatement clusterId.
             * @member {string} clusterId
             * @memberof multiverse.v1.MappingStatement
             * @instance
             */
            MappingStatement.prototype.clusterId = "";

            /**
             * MappingStatement name.
             * @member {string} name
             * @memberof multiverse.v1.MappingStatement
             * @instance
             */
            MappingStatement.prototype.name = "";

            /**
             * MappingStatement devices.
             * @member {Object.<string,string>} devices
             * @memberof multiverse.v1.MappingStatement
             * @instance
             */
            MappingStatement.prototype.devices = $util.emptyObject;

            /**
             * MappingStatement removed.
             * @member {boolean} removed
             * @memberof multiverse.v1.MappingStatement
             * @instance
             */
            MappingStatement.prototype.removed = false;

            /**
             * MappingStatement issuedAtMs.
             * @member {number|Long} issuedAtMs
             * @memberof multiverse.v1.MappingStatement
             * @instance
             */
            MappingStatement.prototype.issuedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new MappingStatement instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.MappingStatement
             * @static
             * @param {multiverse.v1.MappingStatement.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.MappingStatement} MappingStatement instance
             * @type {{
             *   (properties: multiverse.v1.MappingStatement.$Shape): multiverse.v1.MappingStatement & multiverse.v1.MappingStatement.$Shape;
             *   (properties?: multiverse.v1.MappingStatement.$Properties): multiverse.v1.MappingStatement;
             * }}
             */
            MappingStatement.create = function(properties) {
                return new MappingStatement(properties);
            };

            /**
             * Encodes the specified MappingStatement message. Does not implicitly {@link multiverse.v1.MappingStatement.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.MappingStatement
             * @static
             * @param {multiverse.v1.MappingStatement.$Properties} message MappingStatement message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MappingStatement.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId") && message.clusterId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.clusterId);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                if (message.devices != null && $Object.hasOwnProperty.call(message, "devices"))
                    for (let keys = $Object.keys(message.devices), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.devices[keys[i]]).ldelim();
                if (message.removed != null && $Object.hasOwnProperty.call(message, "removed") && message.removed !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.removed);
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs") && (typeof message.issuedAtMs === "object" ? message.issuedAtMs.low || message.issuedAtMs.high : message.issuedAtMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.issuedAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MappingStatement message, length delimited. Does not implicitly {@link multiverse.v1.MappingStatement.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.MappingStatement
             * @static
             * @param {multiverse.v1.MappingStatement.$Properties} message MappingStatement message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MappingStatement.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MappingStatement message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.MappingStatement
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.MappingStatement & multiverse.v1.MappingStatement.$Shape} MappingStatement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MappingStatement.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.MappingStatement();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clusterId = value;
                            else
                                delete message.clusterId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (message.devices === $util.emptyObject)
                                message.devices = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.devices, key);
                            message.devices[key] = value;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.removed = value;
                            else
                                delete message.removed;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.issuedAtMs = value;
                            else
                                delete message.issuedAtMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MappingStatement message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.MappingStatement
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.MappingStatement & multiverse.v1.MappingStatement.$Shape} MappingStatement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MappingStatement.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MappingStatement message.
             * @function verify
             * @memberof multiverse.v1.MappingStatement
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MappingStatement.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isInteger(message.version))
                        return "version: integer expected";
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId"))
                    if (!$util.isString(message.clusterId))
                        return "clusterId: string expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.devices != null && $Object.hasOwnProperty.call(message, "devices")) {
                    if (!$util.isObject(message.devices))
                        return "devices: object expected";
                    let key = $Object.keys(message.devices);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.devices[key[i]]))
                            return "devices: string{k:string} expected";
                }
                if (message.removed != null && $Object.hasOwnProperty.call(message, "removed"))
                    if (typeof message.removed !== "boolean")
                        return "removed: boolean expected";
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs"))
                    if (!$util.isInteger(message.issuedAtMs) && !(message.issuedAtMs && $util.isInteger(message.issuedAtMs.low) && $util.isInteger(message.issuedAtMs.high)))
                        return "issuedAtMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a MappingStatement message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.MappingStatement
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.MappingStatement} MappingStatement
             */
            MappingStatement.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.MappingStatement)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.MappingStatement: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.MappingStatement();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.clusterId != null)
                    if (typeof object.clusterId !== "string" || object.clusterId.length)
                        message.clusterId = $String(object.clusterId);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.devices) {
                    if (!$util.isObject(object.devices))
                        throw $TypeError(".multiverse.v1.MappingStatement.devices: object expected");
                    message.devices = {};
                    for (let keys = $Object.keys(object.devices), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.devices, keys[i]);
                        message.devices[keys[i]] = $String(object.devices[keys[i]]);
                    }
                }
                if (object.removed != null)
                    if (object.removed)
                        message.removed = $Boolean(object.removed);
                if (object.issuedAtMs != null)
                    if (typeof object.issuedAtMs === "object" ? object.issuedAtMs.low || object.issuedAtMs.high : $Number(object.issuedAtMs) !== 0)
                        if ($util.Long)
                            message.issuedAtMs = $util.Long.fromValue(object.issuedAtMs, true);
                        else if (typeof object.issuedAtMs === "string")
                            message.issuedAtMs = $parseInt(object.issuedAtMs, 10);
                        else if (typeof object.issuedAtMs === "number")
                            message.issuedAtMs = object.issuedAtMs;
                        else if (typeof object.issuedAtMs === "object")
                            message.issuedAtMs = new $util.LongBits(object.issuedAtMs.low >>> 0, object.issuedAtMs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a MappingStatement message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.MappingStatement
             * @static
             * @param {multiverse.v1.MappingStatement} message MappingStatement
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MappingStatement.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.devices = {};
                if (options.defaults) {
                    object.version = 0;
                    object.clusterId = "";
                    object.name = "";
                    object.removed = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.issuedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.issuedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId"))
                    object.clusterId = message.clusterId;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                let keys2;
                if (message.devices && (keys2 = $Object.keys(message.devices)).length) {
                    object.devices = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.devices, keys2[j]);
                        object.devices[keys2[j]] = message.devices[keys2[j]];
                    }
                }
                if (message.removed != null && $Object.hasOwnProperty.call(message, "removed"))
                    object.removed = message.removed;
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.issuedAtMs = typeof message.issuedAtMs === "number" ? $BigInt(message.issuedAtMs) : $util.Long.fromBits(message.issuedAtMs.low >>> 0, message.issuedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.issuedAtMs === "number")
                        object.issuedAtMs = options.longs === $String ? $String(message.issuedAtMs) : message.issuedAtMs;
                    else
                        object.issuedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.issuedAtMs) : options.longs === $Number ? new $util.LongBits(message.issuedAtMs.low >>> 0, message.issuedAtMs.high >>> 0).toNumber(true) : message.issuedAtMs;
                return object;
            };

            /**
             * Converts this MappingStatement to JSON.
             * @function toJSON
             * @memberof multiverse.v1.MappingStatement
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MappingStatement.prototype.toJSON = function() {
                return MappingStatement.toObject(this, $protobuf.util.toJSONOptions);
            };

            return MappingStatement;
        })();

        /**
         * LeaseOp enum.
         * @name multiverse.v1.LeaseOp
         * @enum {number}
         * @property {number} LEASE_OP_INVALID=0 LEASE_OP_INVALID value
         * @property {number} LEASE_OP_RESERVE=1 LEASE_OP_RESERVE value
         * @property {number} LEASE_OP_RELEASE=2 LEASE_OP_RELEASE value
         * @property {number} LEASE_OP_CONFIRM=3 LEASE_OP_CONFIRM value
         */
        v1.LeaseOp = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "LEASE_OP_INVALID"] = 0;
            values[valuesById[1] = "LEASE_OP_RESERVE"] = 1;
            values[valuesById[2] = "LEASE_OP_RELEASE"] = 2;
            values[valuesById[3] = "LEASE_OP_CONFIRM"] = 3;
            return values;
        })();

        v1.LeaseRequest = (function() {

            /**
             * Properties of a LeaseRequest.
             * @typedef {Object} multiverse.v1.LeaseRequest.$Properties
             * @property {number|null} [version] LeaseRequest version
             * @property {string|null} [clusterId] LeaseRequest clusterId
             * @property {multiverse.v1.LeaseOp|null} [op] LeaseRequest op
             * @property {string|null} [leaseId] LeaseRequest leaseId
             * @property {string|null} [vm] LeaseRequest vm
             * @property {number|null} [vcpus] LeaseRequest vcpus
             * @property {number|Long|null} [memoryBytes] LeaseRequest memoryBytes
             * @property {number|Long|null} [diskBytes] LeaseRequest diskBytes
             * @property {Array.<string>|null} [devices] LeaseRequest devices
             * @property {string|null} [group] LeaseRequest group
             * @property {string|null} [specJson] LeaseRequest specJson
             * @property {number|null} [ttlMs] LeaseRequest ttlMs
             * @property {number|Long|null} [hugepageBytes] LeaseRequest hugepageBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LeaseRequest.
             * @memberof multiverse.v1
             * @interface ILeaseRequest
             * @augments multiverse.v1.LeaseRequest.$Properties
             * @deprecated Use multiverse.v1.LeaseRequest.$Properties instead.
             */

            /**
             * Shape of a LeaseRequest.
             * @typedef {multiverse.v1.LeaseRequest.$Properties} multiverse.v1.LeaseRequest.$Shape
             */

            /**
             * Constructs a new LeaseRequest.
             * @memberof multiverse.v1
             * @classdesc Represents a LeaseRequest.
             * @constructor
             * @param {multiverse.v1.LeaseRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LeaseRequest = function (properties) {
                this.devices = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LeaseRequest version.
             * @member {number} version
             * @memberof multiverse.v1.LeaseRequest
             * @instance
             */
            LeaseRequest.prototype.version = 0;

            /**
             * LeaseRequest clusterId.
             * @member {string} clusterId
             * @memberof multiverse.v1.LeaseRequest
             * @instance
             */
            LeaseRequest.prototype.clusterId = "";

            /**
             * LeaseRequest op.
             * @member {multiverse.v1.LeaseOp} op
             * @memberof multiverse.v1.LeaseRequest
             * @instance
             */
            LeaseRequest.prototype.op = 0;

            /**
             * LeaseRequest leaseId.
             * @member {string} leaseId
             * @memberof multiverse.v1.LeaseRequest
             * @instance
             */
            LeaseRequest.prototype.leaseId = "";

            /**
             * LeaseRequest vm.
             * @member {string} vm
             * @memberof multiverse.v1.LeaseRequest
             * @instance
             */
            LeaseRequest.prototype.vm = "";

            /**
             * LeaseRequest vcpus.
             * @member {number} vcpus
             * @memberof multiverse.v1.LeaseRequest
             * @instance
             */
            LeaseRequest.prototype.vcpus = 0;

            /**
             * LeaseRequest memoryBytes.
             * @member {number|Long} memoryBytes
             * @memberof multiverse.v1.LeaseRequest
             * @instance
             */
            LeaseRequest.prototype.memoryBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LeaseRequest diskBytes.
             * @member {number|Long} diskBytes
             * @memberof multiverse.v1.LeaseRequest
             * @instance
             */
            LeaseRequest.prototype.diskBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LeaseRequest devices.
             * @member {Array.<string>} devices
             * @memberof multiverse.v1.LeaseRequest
             * @instance
             */
            LeaseRequest.prototype.devices = $util.emptyArray;

            /**
             * LeaseRequest group.
             * @member {string} group
             * @memberof multiverse.v1.LeaseRequest
             * @instance
             */
            LeaseRequest.prototype.group = "";

            /**
             * LeaseRequest specJson.
             * @member {string} specJson
             * @memberof multiverse.v1.LeaseRequest
             * @instance
             */
            LeaseRequest.prototype.specJson = "";

            /**
             * LeaseRequest ttlMs.
             * @member {number} ttlMs
             * @memberof multiverse.v1.LeaseRequest
             * @instance
             */
            LeaseRequest.prototype.ttlMs = 0;

            /**
             * LeaseRequest hugepageBytes.
             * @member {number|Long} hugepageBytes
             * @memberof multiverse.v1.LeaseRequest
             * @instance
             */
            LeaseRequest.prototype.hugepageBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new LeaseRequest instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.LeaseRequest
             * @static
             * @param {multiverse.v1.LeaseRequest.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.LeaseRequest} LeaseRequest instance
             * @type {{
             *   (properties: multiverse.v1.LeaseRequest.$Shape): multiverse.v1.LeaseRequest & multiverse.v1.LeaseRequest.$Shape;
             *   (properties?: multiverse.v1.LeaseRequest.$Properties): multiverse.v1.LeaseRequest;
             * }}
             */
            LeaseRequest.create = function(properties) {
                return new LeaseRequest(properties);
            };

            /**
             * Encodes the specified LeaseRequest message. Does not implicitly {@link multiverse.v1.LeaseRequest.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.LeaseRequest
             * @static
             * @param {multiverse.v1.LeaseRequest.$Properties} message LeaseRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LeaseRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId") && message.clusterId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.clusterId);
                if (message.op != null && $Object.hasOwnProperty.call(message, "op") && message.op !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.op);
                if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId") && message.leaseId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.leaseId);
                if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.vm);
                if (message.vcpus != null && $Object.hasOwnProperty.call(message, "vcpus") && message.vcpus !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.vcpus);
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes") && (typeof message.memoryBytes === "object" ? message.memoryBytes.low || message.memoryBytes.high : message.memoryBytes !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.memoryBytes);
                if (message.diskBytes != null && $Object.hasOwnProperty.call(message, "diskBytes") && (typeof message.diskBytes === "object" ? message.diskBytes.low || message.diskBytes.high : message.diskBytes !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.diskBytes);
                if (message.devices != null && message.devices.length)
                    for (let i = 0; i < message.devices.length; ++i)
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.devices[i]);
                if (message.group != null && $Object.hasOwnProperty.call(message, "group") && message.group !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.group);
                if (message.specJson != null && $Object.hasOwnProperty.call(message, "specJson") && message.specJson !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.specJson);
                if (message.ttlMs != null && $Object.hasOwnProperty.call(message, "ttlMs") && message.ttlMs !== 0)
                    writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.ttlMs);
                if (message.hugepageBytes != null && $Object.hasOwnProperty.call(message, "hugepageBytes") && (typeof message.hugepageBytes === "object" ? message.hugepageBytes.low || message.hugepageBytes.high : message.hugepageBytes !== 0))
                    writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.hugepageBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified LeaseRequest message, length delimited. Does not implicitly {@link multiverse.v1.LeaseRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.LeaseRequest
             * @static
             * @param {multiverse.v1.LeaseRequest.$Properties} message LeaseRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LeaseRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LeaseRequest message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.LeaseRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.LeaseRequest & multiverse.v1.LeaseRequest.$Shape} LeaseRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LeaseRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.LeaseRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clusterId = value;
                            else
                                delete message.clusterId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.op = value;
                            else
                                delete message.op;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.leaseId = value;
                            else
                                delete message.leaseId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.vm = value;
                            else
                                delete message.vm;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.vcpus = value;
                            else
                                delete message.vcpus;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryBytes = value;
                            else
                                delete message.memoryBytes;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.diskBytes = value;
                            else
                                delete message.diskBytes;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.devices && message.devices.length))
                                message.devices = [];
                            message.devices.push(reader.stringVerify());
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.group = value;
                            else
                                delete message.group;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.specJson = value;
                            else
                                delete message.specJson;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ttlMs = value;
                            else
                                delete message.ttlMs;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.hugepageBytes = value;
                            else
                                delete message.hugepageBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a LeaseRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.LeaseRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.LeaseRequest & multiverse.v1.LeaseRequest.$Shape} LeaseRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LeaseRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a LeaseRequest message.
             * @function verify
             * @memberof multiverse.v1.LeaseRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LeaseRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isInteger(message.version))
                        return "version: integer expected";
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId"))
                    if (!$util.isString(message.clusterId))
                        return "clusterId: string expected";
                if (message.op != null && $Object.hasOwnProperty.call(message, "op"))
                    if (typeof message.op !== "number" || (message.op | 0) !== message.op)
                        return "op: enum value expected";
                if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId"))
                    if (!$util.isString(message.leaseId))
                        return "leaseId: string expected";
                if (message.vm != null && $Object.hasOwnProperty.call(message, "vm"))
                    if (!$util.isString(message.vm))
                        return "vm: string expected";
                if (message.vcpus != null && $Object.hasOwnProperty.call(message, "vcpus"))
                    if (!$util.isInteger(message.vcpus))
                        return "vcpus: integer expected";
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes"))
                    if (!$util.isInteger(message.memoryBytes) && !(message.memoryBytes && $util.isInteger(message.memoryBytes.low) && $util.isInteger(message.memoryBytes.high)))
                        return "memoryBytes: integer|Long expected";
                if (message.diskBytes != null && $Object.hasOwnProperty.call(message, "diskBytes"))
                    if (!$util.isInteger(message.diskBytes) && !(message.diskBytes && $util.isInteger(message.diskBytes.low) && $util.isInteger(message.diskBytes.high)))
                        return "diskBytes: integer|Long expected";
                if (message.devices != null && $Object.hasOwnProperty.call(message, "devices")) {
                    if (!$Array.isArray(message.devices))
                        return "devices: array expected";
                    for (let i = 0; i < message.devices.length; ++i)
                        if (!$util.isString(message.devices[i]))
                            return "devices: string[] expected";
                }
                if (message.group != null && $Object.hasOwnProperty.call(message, "group"))
                    if (!$util.isString(message.group))
                        return "group: string expected";
                if (message.specJson != null && $Object.hasOwnProperty.call(message, "specJson"))
                    if (!$util.isString(message.specJson))
                        return "specJson: string expected";
                if (message.ttlMs != null && $Object.hasOwnProperty.call(message, "ttlMs"))
                    if (!$util.isInteger(message.ttlMs))
                        return "ttlMs: integer expected";
                if (message.hugepageBytes != null && $Object.hasOwnProperty.call(message, "hugepageBytes"))
                    if (!$util.isInteger(message.hugepageBytes) && !(message.hugepageBytes && $util.isInteger(message.hugepageBytes.low) && $util.isInteger(message.hugepageBytes.high)))
                        return "hugepageBytes: integer|Long expected";
                return null;
            };

            /**
             * Creates a LeaseRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.LeaseRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.LeaseRequest} LeaseRequest
             */
            LeaseRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.LeaseRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.LeaseRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.LeaseRequest();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.clusterId != null)
                    if (typeof object.clusterId !== "string" || object.clusterId.length)
                        message.clusterId = $String(object.clusterId);
                if (object.op !== 0 && (typeof object.op !== "string" || $root.multiverse.v1.LeaseOp[object.op] !== 0))
                    switch (object.op) {
                    case "LEASE_OP_INVALID":
                    case 0:
                        message.op = 0;
                        break;
                    case "LEASE_OP_RESERVE":
                    case 1:
                        message.op = 1;
                        break;
                    case "LEASE_OP_RELEASE":
                    case 2:
                        message.op = 2;
                        break;
                    case "LEASE_OP_CONFIRM":
                    case 3:
                        message.op = 3;
                        break;
                    default:
                        if (typeof object.op === "number" && (object.op | 0) === object.op)
                            message.op = object.op;
                    }
                if (object.leaseId != null)
                    if (typeof object.leaseId !== "string" || object.leaseId.length)
                        message.leaseId = $String(object.leaseId);
                if (object.vm != null)
                    if (typeof object.vm !== "string" || object.vm.length)
                        message.vm = $String(object.vm);
                if (object.vcpus != null)
                    if ($Number(object.vcpus) !== 0)
                        message.vcpus = object.vcpus >>> 0;
                if (object.memoryBytes != null)
                    if (typeof object.memoryBytes === "object" ? object.memoryBytes.low || object.memoryBytes.high : $Number(object.memoryBytes) !== 0)
                        if ($util.Long)
                            message.memoryBytes = $util.Long.fromValue(object.memoryBytes, true);
                        else if (typeof object.memoryBytes === "string")
                            message.memoryBytes = $parseInt(object.memoryBytes, 10);
                        else if (typeof object.memoryBytes === "number")
                            message.memoryBytes = object.memoryBytes;
                        else if (typeof object.memoryBytes === "object")
                            message.memoryBytes = new $util.LongBits(object.memoryBytes.low >>> 0, object.memoryBytes.high >>> 0).toNumber(true);
                if (object.diskBytes != null)
                    if (typeof object.diskBytes === "object" ? object.diskBytes.low || object.diskBytes.high : $Number(object.diskBytes) !== 0)
                        if ($util.Long)
                            message.diskBytes = $util.Long.fromValue(object.diskBytes, true);
                        else if (typeof object.diskBytes === "string")
                            message.diskBytes = $parseInt(object.diskBytes, 10);
                        else if (typeof object.diskBytes === "number")
                            message.diskBytes = object.diskBytes;
                        else if (typeof object.diskBytes === "object")
                            message.diskBytes = new $util.LongBits(object.diskBytes.low >>> 0, object.diskBytes.high >>> 0).toNumber(true);
                if (object.devices) {
                    if (!$Array.isArray(object.devices))
                        throw $TypeError(".multiverse.v1.LeaseRequest.devices: array expected");
                    message.devices = $Array(object.devices.length);
                    for (let i = 0; i < object.devices.length; ++i)
                        message.devices[i] = $String(object.devices[i]);
                }
                if (object.group != null)
                    if (typeof object.group !== "string" || object.group.length)
                        message.group = $String(object.group);
                if (object.specJson != null)
                    if (typeof object.specJson !== "string" || object.specJson.length)
                        message.specJson = $String(object.specJson);
                if (object.ttlMs != null)
                    if ($Number(object.ttlMs) !== 0)
                        message.ttlMs = object.ttlMs >>> 0;
                if (object.hugepageBytes != null)
                    if (typeof object.hugepageBytes === "object" ? object.hugepageBytes.low || object.hugepageBytes.high : $Number(object.hugepageBytes) !== 0)
                        if ($util.Long)
                            message.hugepageBytes = $util.Long.fromValue(object.hugepageBytes, true);
                        else if (typeof object.hugepageBytes === "string")
                            message.hugepageBytes = $parseInt(object.hugepageBytes, 10);
                        else if (typeof object.hugepageBytes === "number")
                            message.hugepageBytes = object.hugepageBytes;
                        else if (typeof object.hugepageBytes === "object")
                            message.hugepageBytes = new $util.LongBits(object.hugepageBytes.low >>> 0, object.hugepageBytes.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a LeaseRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.LeaseRequest
             * @static
             * @param {multiverse.v1.LeaseRequest} message LeaseRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LeaseRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.devices = [];
                if (options.defaults) {
                    object.version = 0;
                    object.clusterId = "";
                    object.op = options.enums === $String ? "LEASE_OP_INVALID" : 0;
                    object.leaseId = "";
                    object.vm = "";
                    object.vcpus = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memoryBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.diskBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.diskBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.group = "";
                    object.specJson = "";
                    object.ttlMs = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.hugepageBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.hugepageBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId"))
                    object.clusterId = message.clusterId;
                if (message.op != null && $Object.hasOwnProperty.call(message, "op"))
                    object.op = options.enums === $String ? $root.multiverse.v1.LeaseOp[message.op] === $undefined ? message.op : $root.multiverse.v1.LeaseOp[message.op] : message.op;
                if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId"))
                    object.leaseId = message.leaseId;
                if (message.vm != null && $Object.hasOwnProperty.call(message, "vm"))
                    object.vm = message.vm;
                if (message.vcpus != null && $Object.hasOwnProperty.call(message, "vcpus"))
                    object.vcpus = message.vcpus;
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryBytes = typeof message.memoryBytes === "number" ? $BigInt(message.memoryBytes) : $util.Long.fromBits(message.memoryBytes.low >>> 0, message.memoryBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.memoryBytes === "number")
                        object.memoryBytes = options.longs === $String ? $String(message.memoryBytes) : message.memoryBytes;
                    else
                        object.memoryBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryBytes) : options.longs === $Number ? new $util.LongBits(message.memoryBytes.low >>> 0, message.memoryBytes.high >>> 0).toNumber(true) : message.memoryBytes;
                if (message.diskBytes != null && $Object.hasOwnProperty.call(message, "diskBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.diskBytes = typeof message.diskBytes === "number" ? $BigInt(message.diskBytes) : $util.Long.fromBits(message.diskBytes.low >>> 0, message.diskBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.diskBytes === "number")
                        object.diskBytes = options.longs === $String ? $String(message.diskBytes) : message.diskBytes;
                    else
                        object.diskBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.diskBytes) : options.longs === $Number ? new $util.LongBits(message.diskBytes.low >>> 0, message.diskBytes.high >>> 0).toNumber(true) : message.diskBytes;
                if (message.devices && message.devices.length) {
                    object.devices = $Array(message.devices.length);
                    for (let j = 0; j < message.devices.length; ++j)
                        object.devices[j] = message.devices[j];
                }
                if (message.group != null && $Object.hasOwnProperty.call(message, "group"))
                    object.group = message.group;
                if (message.specJson != null && $Object.hasOwnProperty.call(message, "specJson"))
                    object.specJson = message.specJson;
                if (message.ttlMs != null && $Object.hasOwnProperty.call(message, "ttlMs"))
                    object.ttlMs = message.ttlMs;
                if (message.hugepageBytes != null && $Object.hasOwnProperty.call(message, "hugepageBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.hugepageBytes = typeof message.hugepageBytes === "number" ? $BigInt(message.hugepageBytes) : $util.Long.fromBits(message.hugepageBytes.low >>> 0, message.hugepageBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.hugepageBytes === "number")
                        object.hugepageBytes = options.longs === $String ? $String(message.hugepageBytes) : message.hugepageBytes;
                    else
                        object.hugepageBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.hugepageBytes) : options.longs === $Number ? new $util.LongBits(message.hugepageBytes.low >>> 0, message.hugepageBytes.high >>> 0).toNumber(true) : message.hugepageBytes;
                return object;
            };

            /**
             * Converts this LeaseRequest to JSON.
             * @function toJSON
             * @memberof multiverse.v1.LeaseRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LeaseRequest.prototype.toJSON = function() {
                return LeaseRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LeaseRequest;
        })();

        v1.LeaseResponse = (function() {

            /**
             * Properties of a LeaseResponse.
             * @typedef {Object} multiverse.v1.LeaseResponse.$Properties
             * @property {number|null} [version] LeaseResponse version
             * @property {boolean|null} [granted] LeaseResponse granted
             * @property {string|null} [code] LeaseResponse code
             * @property {string|null} [detail] LeaseResponse detail
             * @property {number|Long|null} [expiresAtMs] LeaseResponse expiresAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LeaseResponse.
             * @memberof multiverse.v1
             * @interface ILeaseResponse
             * @augments multiverse.v1.LeaseResponse.$Properties
             * @deprecated Use multiverse.v1.LeaseResponse.$Properties instead.
             */

            /**
             * Shape of a LeaseResponse.
             * @typedef {multiverse.v1.LeaseResponse.$Properties} multiverse.v1.LeaseResponse.$Shape
             */

            /**
             * Constructs a new LeaseResponse.
             * @memberof multiverse.v1
             * @classdesc Represents a LeaseResponse.
             * @constructor
             * @param {multiverse.v1.LeaseResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LeaseResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LeaseResponse version.
             * @member {number} version
             * @memberof multiverse.v1.LeaseResponse
             * @instance
             */
            LeaseResponse.prototype.version = 0;

            /**
             * LeaseResponse granted.
             * @member {boolean} granted
             * @memberof multiverse.v1.LeaseResponse
             * @instance
             */
            LeaseResponse.prototype.granted = false;

            /**
             * LeaseResponse code.
             * @member {string} code
             * @memberof multiverse.v1.LeaseResponse
             * @instance
             */
            LeaseResponse.prototype.code = "";

            /**
             * LeaseResponse detail.
             * @member {string} detail
             * @memberof multiverse.v1.LeaseResponse
             * @instance
             */
            LeaseResponse.prototype.detail = "";

            /**
             * LeaseResponse expiresAtMs.
             * @member {number|Long} expiresAtMs
             * @memberof multiverse.v1.LeaseResponse
             * @instance
             */
            LeaseResponse.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new LeaseResponse instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.LeaseResponse
             * @static
             * @param {multiverse.v1.LeaseResponse.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.LeaseResponse} LeaseResponse instance
             * @type {{
             *   (properties: multiverse.v1.LeaseResponse.$Shape): multiverse.v1.LeaseResponse & multiverse.v1.LeaseResponse.$Shape;
             *   (properties?: multiverse.v1.LeaseResponse.$Properties): multiverse.v1.LeaseResponse;
             * }}
             */
            LeaseResponse.create = function(properties) {
                return new LeaseResponse(properties);
            };

            /**
             * Encodes the specified LeaseResponse message. Does not implicitly {@link multiverse.v1.LeaseResponse.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.LeaseResponse
             * @static
             * @param {multiverse.v1.LeaseResponse.$Properties} message LeaseResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LeaseResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.granted != null && $Object.hasOwnProperty.call(message, "granted") && message.granted !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.granted);
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.code);
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.detail);
                if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs") && (typeof message.expiresAtMs === "object" ? message.expiresAtMs.low || message.expiresAtMs.high : message.expiresAtMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.expiresAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified LeaseResponse message, length delimited. Does not implicitly {@link multiverse.v1.LeaseResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.LeaseResponse
             * @static
             * @param {multiverse.v1.LeaseResponse.$Properties} message LeaseResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LeaseResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LeaseResponse message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.LeaseResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.LeaseResponse & multiverse.v1.LeaseResponse.$Shape} LeaseResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LeaseResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.LeaseResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.granted = value;
                            else
                                delete message.granted;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.detail = value;
                            else
                                delete message.detail;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.expiresAtMs = value;
                            else
                                delete message.expiresAtMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a LeaseResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.LeaseResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.LeaseResponse & multiverse.v1.LeaseResponse.$Shape} LeaseResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LeaseResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a LeaseResponse message.
             * @function verify
             * @memberof multiverse.v1.LeaseResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LeaseResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isInteger(message.version))
                        return "version: integer expected";
                if (message.granted != null && $Object.hasOwnProperty.call(message, "granted"))
                    if (typeof message.granted !== "boolean")
                        return "granted: boolean expected";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isString(message.code))
                        return "code: string expected";
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    if (!$util.isString(message.detail))
                        return "detail: string expected";
                if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs"))
                    if (!$util.isInteger(message.expiresAtMs) && !(message.expiresAtMs && $util.isInteger(message.expiresAtMs.low) && $util.isInteger(message.expiresAtMs.high)))
                        return "expiresAtMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a LeaseResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.LeaseResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.LeaseResponse} LeaseResponse
             */
            LeaseResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.LeaseResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.LeaseResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.LeaseResponse();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.granted != null)
                    if (object.granted)
                        message.granted = $Boolean(object.granted);
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.detail != null)
                    if (typeof object.detail !== "string" || object.detail.length)
                        message.detail = $String(object.detail);
                if (object.expiresAtMs != null)
                    if (typeof object.expiresAtMs === "object" ? object.expiresAtMs.low || object.expiresAtMs.high : $Number(object.expiresAtMs) !== 0)
                        if ($util.Long)
                            message.expiresAtMs = $util.Long.fromValue(object.expiresAtMs, true);
                        else if (typeof object.expiresAtMs === "string")
                            message.expiresAtMs = $parseInt(object.expiresAtMs, 10);
                        else if (typeof object.expiresAtMs === "number")
                            message.expiresAtMs = object.expiresAtMs;
                        else if (typeof object.expiresAtMs === "object")
                            message.expiresAtMs = new $util.LongBits(object.expiresAtMs.low >>> 0, object.expiresAtMs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a LeaseResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.LeaseResponse
             * @static
             * @param {multiverse.v1.LeaseResponse} message LeaseResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LeaseResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.version = 0;
                    object.granted = false;
                    object.code = "";
                    object.detail = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.expiresAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.expiresAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.granted != null && $Object.hasOwnProperty.call(message, "granted"))
                    object.granted = message.granted;
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    object.detail = message.detail;
                if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.expiresAtMs = typeof message.expiresAtMs === "number" ? $BigInt(message.expiresAtMs) : $util.Long.fromBits(message.expiresAtMs.low >>> 0, message.expiresAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.expiresAtMs === "number")
                        object.expiresAtMs = options.longs === $String ? $String(message.expiresAtMs) : message.expiresAtMs;
                    else
                        object.expiresAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.expiresAtMs) : options.longs === $Number ? new $util.LongBits(message.expiresAtMs.low >>> 0, message.expiresAtMs.high >>> 0).toNumber(true) : message.expiresAtMs;
                return object;
            };

            /**
             * Converts this LeaseResponse to JSON.
             * @function toJSON
             * @memberof multiverse.v1.LeaseResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LeaseResponse.prototype.toJSON = function() {
                return LeaseResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LeaseResponse;
        })();

        v1.JoinToken = (function() {

            /**
             * Properties of a JoinToken.
             * @typedef {Object} multiverse.v1.JoinToken.$Properties
             * @property {number|null} [version] JoinToken version
             * @property {string|null} [clusterId] JoinToken clusterId
             * @property {Uint8Array|null} [joinPsk] JoinToken joinPsk
             * @property {Uint8Array|null} [secret] JoinToken secret
             * @property {Array.<string>|null} [addresses] JoinToken addresses
             * @property {number|Long|null} [expiresAtMs] JoinToken expiresAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a JoinToken.
             * @memberof multiverse.v1
             * @interface IJoinToken
             * @augments multiverse.v1.JoinToken.$Properties
             * @deprecated Use multiverse.v1.JoinToken.$Properties instead.
             */

            /**
             * Shape of a JoinToken.
             * @typedef {multiverse.v1.JoinToken.$Properties} multiverse.v1.JoinToken.$Shape
             */

            /**
             * Constructs a new JoinToken.
             * @memberof multiverse.v1
             * @classdesc Represents a JoinToken.
             * @constructor
             * @param {multiverse.v1.JoinToken.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const JoinToken = function (properties) {
                this.addresses = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * JoinToken version.
             * @member {number} version
             * @memberof multiverse.v1.JoinToken
             * @instance
             */
            JoinToken.prototype.version = 0;

            /**
             * JoinToken clusterId.
             * @member {string} clusterId
             * @memberof multiverse.v1.JoinToken
             * @instance
             */
            JoinToken.prototype.clusterId = "";

            /**
             * JoinToken joinPsk.
             * @member {Uint8Array} joinPsk
             * @memberof multiverse.v1.JoinToken
             * @instance
             */
            JoinToken.prototype.joinPsk = $util.newBuffer([]);

            /**
             * JoinToken secret.
             * @member {Uint8Array} secret
             * @memberof multiverse.v1.JoinToken
             * @instance
             */
            JoinToken.prototype.secret = $util.newBuffer([]);

            /**
             * JoinToken addresses.
             * @member {Array.<string>} addresses
             * @memberof multiverse.v1.JoinToken
             * @instance
             */
            JoinToken.prototype.addresses = $util.emptyArray;

            /**
             * JoinToken expiresAtMs.
             * @member {number|Long} expiresAtMs
             * @memberof multiverse.v1.JoinToken
             * @instance
             */
            JoinToken.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new JoinToken instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.JoinToken
             * @static
             * @param {multiverse.v1.JoinToken.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.JoinToken} JoinToken instance
             * @type {{
             *   (properties: multiverse.v1.JoinToken.$Shape): multiverse.v1.JoinToken & multiverse.v1.JoinToken.$Shape;
             *   (properties?: multiverse.v1.JoinToken.$Properties): multiverse.v1.JoinToken;
             * }}
             */
            JoinToken.create = function(properties) {
                return new JoinToken(properties);
            };

            /**
             * Encodes the specified JoinToken message. Does not implicitly {@link multiverse.v1.JoinToken.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.JoinToken
             * @static
             * @param {multiverse.v1.JoinToken.$Properties} message JoinToken message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JoinToken.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId") && message.clusterId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.clusterId);
                if (message.joinPsk != null && $Object.hasOwnProperty.call(message, "joinPsk") && message.joinPsk.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.joinPsk);
                if (message.secret != null && $Object.hasOwnProperty.call(message, "secret") && message.secret.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.secret);
                if (message.addresses != null && message.addresses.length)
                    for (let i = 0; i < message.addresses.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.addresses[i]);
                if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs") && (typeof message.expiresAtMs === "object" ? message.expiresAtMs.low || message.expiresAtMs.high : message.expiresAtMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.expiresAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified JoinToken message, length delimited. Does not implicitly {@link multiverse.v1.JoinToken.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.JoinToken
             * @static
             * @param {multiverse.v1.JoinToken.$Properties} message JoinToken message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JoinToken.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a JoinToken message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.JoinToken
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.JoinToken & multiverse.v1.JoinToken.$Shape} JoinToken
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JoinToken.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.JoinToken();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clusterId = value;
                            else
                                delete message.clusterId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.joinPsk = value;
                            else
                                delete message.joinPsk;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.secret = value;
                            else
                                delete message.secret;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.addresses && message.addresses.length))
                                message.addresses = [];
                            message.addresses.push(reader.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.expiresAtMs = value;
                            else
                                delete message.expiresAtMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a JoinToken message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.JoinToken
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.JoinToken & multiverse.v1.JoinToken.$Shape} JoinToken
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JoinToken.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a JoinToken message.
             * @function verify
             * @memberof multiverse.v1.JoinToken
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            JoinToken.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isInteger(message.version))
                        return "version: integer expected";
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId"))
                    if (!$util.isString(message.clusterId))
                        return "clusterId: string expected";
                if (message.joinPsk != null && $Object.hasOwnProperty.call(message, "joinPsk"))
                    if (!(message.joinPsk && typeof message.joinPsk.length === "number" || $util.isString(message.joinPsk)))
                        return "joinPsk: buffer expected";
                if (message.secret != null && $Object.hasOwnProperty.call(message, "secret"))
                    if (!(message.secret && typeof message.secret.length === "number" || $util.isString(message.secret)))
                        return "secret: buffer expected";
                if (message.addresses != null && $Object.hasOwnProperty.call(message, "addresses")) {
                    if (!$Array.isArray(message.addresses))
                        return "addresses: array expected";
                    for (let i = 0; i < message.addresses.length; ++i)
                        if (!$util.isString(message.addresses[i]))
                            return "addresses: string[] expected";
                }
                if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs"))
                    if (!$util.isInteger(message.expiresAtMs) && !(message.expiresAtMs && $util.isInteger(message.expiresAtMs.low) && $util.isInteger(message.expiresAtMs.high)))
                        return "expiresAtMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a JoinToken message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.JoinToken
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.JoinToken} JoinToken
             */
            JoinToken.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.JoinToken)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.JoinToken: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.JoinToken();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.clusterId != null)
                    if (typeof object.clusterId !== "string" || object.clusterId.length)
                        message.clusterId = $String(object.clusterId);
                if (object.joinPsk != null)
                    if (object.joinPsk.length)
                        if (typeof object.joinPsk === "string")
                            $util.base64.decode(object.joinPsk, message.joinPsk = $util.newBuffer($util.base64.length(object.joinPsk)), 0);
                        else if (object.joinPsk.length >= 0)
                            message.joinPsk = object.joinPsk;
                if (object.secret != null)
                    if (object.secret.length)
                        if (typeof object.secret === "string")
                            $util.base64.decode(object.secret, message.secret = $util.newBuffer($util.base64.length(object.secret)), 0);
                        else if (object.secret.length >= 0)
                            message.secret = object.secret;
                if (object.addresses) {
                    if (!$Array.isArray(object.addresses))
                        throw $TypeError(".multiverse.v1.JoinToken.addresses: array expected");
                    message.addresses = $Array(object.addresses.length);
                    for (let i = 0; i < object.addresses.length; ++i)
                        message.addresses[i] = $String(object.addresses[i]);
                }
                if (object.expiresAtMs != null)
                    if (typeof object.expiresAtMs === "object" ? object.expiresAtMs.low || object.expiresAtMs.high : $Number(object.expiresAtMs) !== 0)
                        if ($util.Long)
                            message.expiresAtMs = $util.Long.fromValue(object.expiresAtMs, true);
                        else if (typeof object.expiresAtMs === "string")
                            message.expiresAtMs = $parseInt(object.expiresAtMs, 10);
                        else if (typeof object.expiresAtMs === "number")
                            message.expiresAtMs = object.expiresAtMs;
                        else if (typeof object.expiresAtMs === "object")
                            message.expiresAtMs = new $util.LongBits(object.expiresAtMs.low >>> 0, object.expiresAtMs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a JoinToken message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.JoinToken
             * @static
             * @param {multiverse.v1.JoinToken} message JoinToken
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            JoinToken.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.addresses = [];
                if (options.defaults) {
                    object.version = 0;
                    object.clusterId = "";
                    if (options.bytes === $String)
                        object.joinPsk = "";
                    else {
                        object.joinPsk = [];
                        if (options.bytes !== $Array)
                            object.joinPsk = $util.newBuffer(object.joinPsk);
                    }
                    if (options.bytes === $String)
                        object.secret = "";
                    else {
                        object.secret = [];
                        if (options.bytes !== $Array)
                            object.secret = $util.newBuffer(object.secret);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.expiresAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.expiresAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId"))
                    object.clusterId = message.clusterId;
                if (message.joinPsk != null && $Object.hasOwnProperty.call(message, "joinPsk"))
                    object.joinPsk = options.bytes === $String ? $util.base64.encode(message.joinPsk, 0, message.joinPsk.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.joinPsk) : message.joinPsk;
                if (message.secret != null && $Object.hasOwnProperty.call(message, "secret"))
                    object.secret = options.bytes === $String ? $util.base64.encode(message.secret, 0, message.secret.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.secret) : message.secret;
                if (message.addresses && message.addresses.length) {
                    object.addresses = $Array(message.addresses.length);
                    for (let j = 0; j < message.addresses.length; ++j)
                        object.addresses[j] = message.addresses[j];
                }
                if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.expiresAtMs = typeof message.expiresAtMs === "number" ? $BigInt(message.expiresAtMs) : $util.Long.fromBits(message.expiresAtMs.low >>> 0, message.expiresAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.expiresAtMs === "number")
                        object.expiresAtMs = options.longs === $String ? $String(message.expiresAtMs) : message.expiresAtMs;
                    else
                        object.expiresAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.expiresAtMs) : options.longs === $Number ? new $util.LongBits(message.expiresAtMs.low >>> 0, message.expiresAtMs.high >>> 0).toNumber(true) : message.expiresAtMs;
                return object;
            };

            /**
             * Converts this JoinToken to JSON.
             * @function toJSON
             * @memberof multiverse.v1.JoinToken
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            JoinToken.prototype.toJSON = function() {
                return JoinToken.toObject(this, $protobuf.util.toJSONOptions);
            };

            return JoinToken;
        })();

        v1.JoinRequest = (function() {

            /**
             * Properties of a JoinRequest.
             * @typedef {Object} multiverse.v1.JoinRequest.$Properties
             * @property {number|null} [version] JoinRequest version
             * @property {Uint8Array|null} [secret] JoinRequest secret
             * @property {string|null} [name] JoinRequest name
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a JoinRequest.
             * @memberof multiverse.v1
             * @interface IJoinRequest
             * @augments multiverse.v1.JoinRequest.$Properties
             * @deprecated Use multiverse.v1.JoinRequest.$Properties instead.
             */

            /**
             * Shape of a JoinRequest.
             * @typedef {multiverse.v1.JoinRequest.$Properties} multiverse.v1.JoinRequest.$Shape
             */

            /**
             * Constructs a new JoinRequest.
             * @memberof multiverse.v1
             * @classdesc Represents a JoinRequest.
             * @constructor
             * @param {multiverse.v1.JoinRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const JoinRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * JoinRequest version.
             * @member {number} version
             * @memberof multiverse.v1.JoinRequest
             * @instance
             */
            JoinRequest.prototype.version = 0;

            /**
             * JoinRequest secret.
             * @member {Uint8Array} secret
             * @memberof multiverse.v1.JoinRequest
             * @instance
             */
            JoinRequest.prototype.secret = $util.newBuffer([]);

            /**
             * JoinRequest name.
             * @member {string} name
             * @memberof multiverse.v1.JoinRequest
             * @instance
             */
            JoinRequest.prototype.name = "";

            /**
             * Creates a new JoinRequest instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.JoinRequest
             * @static
             * @param {multiverse.v1.JoinRequest.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.JoinRequest} JoinRequest instance
             * @type {{
             *   (properties: multiverse.v1.JoinRequest.$Shape): multiverse.v1.JoinRequest & multiverse.v1.JoinRequest.$Shape;
             *   (properties?: multiverse.v1.JoinRequest.$Properties): multiverse.v1.JoinRequest;
             * }}
             */
            JoinRequest.create = function(properties) {
                return new JoinRequest(properties);
            };

            /**
             * Encodes the specified JoinRequest message. Does not implicitly {@link multiverse.v1.JoinRequest.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.JoinRequest
             * @static
             * @param {multiverse.v1.JoinRequest.$Properties} message JoinRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JoinRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.secret != null && $Object.hasOwnProperty.call(message, "secret") && message.secret.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.secret);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified JoinRequest message, length delimited. Does not implicitly {@link multiverse.v1.JoinRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.JoinRequest
             * @static
             * @param {multiverse.v1.JoinRequest.$Properties} message JoinRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JoinRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a JoinRequest message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.JoinRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.JoinRequest & multiverse.v1.JoinRequest.$Shape} JoinRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JoinRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.JoinRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.secret = value;
                            else
                                delete message.secret;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a JoinRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.JoinRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.JoinRequest & multiverse.v1.JoinRequest.$Shape} JoinRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JoinRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a JoinRequest message.
             * @function verify
             * @memberof multiverse.v1.JoinRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            JoinRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isInteger(message.version))
                        return "version: integer expected";
                if (message.secret != null && $Object.hasOwnProperty.call(message, "secret"))
                    if (!(message.secret && typeof message.secret.length === "number" || $util.isString(message.secret)))
                        return "secret: buffer expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                return null;
            };

            /**
             * Creates a JoinRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.JoinRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.JoinRequest} JoinRequest
             */
            JoinRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.JoinRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.JoinRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.JoinRequest();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.secret != null)
                    if (object.secret.length)
                        if (typeof object.secret === "string")
                            $util.base64.decode(object.secret, message.secret = $util.newBuffer($util.base64.length(object.secret)), 0);
                        else if (object.secret.length >= 0)
                            message.secret = object.secret;
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                return message;
            };

            /**
             * Creates a plain object from a JoinRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.JoinRequest
             * @static
             * @param {multiverse.v1.JoinRequest} message JoinRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            JoinRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.version = 0;
                    if (options.bytes === $String)
                        object.secret = "";
                    else {
                        object.secret = [];
                        if (options.bytes !== $Array)
                            object.secret = $util.newBuffer(object.secret);
                    }
                    object.name = "";
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.secret != null && $Object.hasOwnProperty.call(message, "secret"))
                    object.secret = options.bytes === $String ? $util.base64.encode(message.secret, 0, message.secret.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.secret) : message.secret;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                return object;
            };

            /**
             * Converts this JoinRequest to JSON.
             * @function toJSON
             * @memberof multiverse.v1.JoinRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            JoinRequest.prototype.toJSON = function() {
                return JoinRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return JoinRequest;
        })();

        v1.JoinResponse = (function() {

            /**
             * Properties of a JoinResponse.
             * @typedef {Object} multiverse.v1.JoinResponse.$Properties
             * @property {number|null} [version] JoinResponse version
             * @property {string|null} [refused] JoinResponse refused
             * @property {string|null} [clusterId] JoinResponse clusterId
             * @property {Uint8Array|null} [clusterPsk] JoinResponse clusterPsk
             * @property {Uint8Array|null} [founder] JoinResponse founder
             * @property {Array.<Uint8Array>|null} [members] JoinResponse members
             * @property {Array.<string>|null} [bootstrap] JoinResponse bootstrap
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a JoinResponse.
             * @memberof multiverse.v1
             * @interface IJoinResponse
             * @augments multiverse.v1.JoinResponse.$Properties
             * @deprecated Use multiverse.v1.JoinResponse.$Properties instead.
             */

            /**
             * Shape of a JoinResponse.
             * @typedef {multiverse.v1.JoinResponse.$Properties} multiverse.v1.JoinResponse.$Shape
             */

            /**
             * Constructs a new JoinResponse.
             * @memberof multiverse.v1
             * @classdesc Represents a JoinResponse.
             * @constructor
             * @param {multiverse.v1.JoinResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const JoinResponse = function (properties) {
                this.members = [];
                this.bootstrap = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * JoinResponse version.
             * @member {number} version
             * @memberof multiverse.v1.JoinResponse
             * @instance
             */
            JoinResponse.prototype.version = 0;

            /**
             * JoinResponse refused.
             * @member {string} refused
             * @memberof multiverse.v1.JoinResponse
             * @instance
             */
            JoinResponse.prototype.refused = "";

            /**
             * JoinResponse clusterId.
             * @member {string} clusterId
             * @memberof multiverse.v1.JoinResponse
             * @instance
             */
            JoinResponse.prototype.clusterId = "";

            /**
             * JoinResponse clusterPsk.
             * @member {Uint8Array} clusterPsk
             * @memberof multiverse.v1.JoinResponse
             * @instance
             */
            JoinResponse.prototype.clusterPsk = $util.newBuffer([]);

            /**
             * JoinResponse founder.
             * @member {Uint8Array} founder
             * @memberof multiverse.v1.JoinResponse
             * @instance
             */
            JoinResponse.prototype.founder = $util.newBuffer([]);

            /**
             * JoinResponse members.
             * @member {Array.<Uint8Array>} members
             * @memberof multiverse.v1.JoinResponse
             * @instance
             */
            JoinResponse.prototype.members = $util.emptyArray;

            /**
             * JoinResponse bootstrap.
             * @member {Array.<string>} bootstrap
             * @memberof multiverse.v1.JoinResponse
             * @instance
             */
            JoinResponse.prototype.bootstrap = $util.emptyArray;

            /**
             * Creates a new JoinResponse instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.JoinResponse
             * @static
             * @param {multiverse.v1.JoinResponse.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.JoinResponse} JoinResponse instance
             * @type {{
             *   (properties: multiverse.v1.JoinResponse.$Shape): multiverse.v1.JoinResponse & multiverse.v1.JoinResponse.$Shape;
             *   (properties?: multiverse.v1.JoinResponse.$Properties): multiverse.v1.JoinResponse;
             * }}
             */
            JoinResponse.create = function(properties) {
                return new JoinResponse(properties);
            };

            /**
             * Encodes the specified JoinResponse message. Does not implicitly {@link multiverse.v1.JoinResponse.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.JoinResponse
             * @static
             * @param {multiverse.v1.JoinResponse.$Properties} message JoinResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JoinResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.refused != null && $Object.hasOwnProperty.call(message, "refused") && message.refused !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.refused);
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId") && message.clusterId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.clusterId);
                if (message.clusterPsk != null && $Object.hasOwnProperty.call(message, "clusterPsk") && message.clusterPsk.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.clusterPsk);
                if (message.founder != null && $Object.hasOwnProperty.call(message, "founder") && message.founder.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.founder);
                if (message.members != null && message.members.length)
                    for (let i = 0; i < message.members.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.members[i]);
                if (message.bootstrap != null && message.bootstrap.length)
                    for (let i = 0; i < message.bootstrap.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.bootstrap[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified JoinResponse message, length delimited. Does not implicitly {@link multiverse.v1.JoinResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.JoinResponse
             * @static
             * @param {multiverse.v1.JoinResponse.$Properties} message JoinResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JoinResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a JoinResponse message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.JoinResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.JoinResponse & multiverse.v1.JoinResponse.$Shape} JoinResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JoinResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.JoinResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.refused = value;
                            else
                                delete message.refused;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clusterId = value;
                            else
                                delete message.clusterId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.clusterPsk = value;
                            else
                                delete message.clusterPsk;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.founder = value;
                            else
                                delete message.founder;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.members && message.members.length))
                                message.members = [];
                            message.members.push(reader.bytes());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.bootstrap && message.bootstrap.length))
                                message.bootstrap = [];
                            message.bootstrap.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a JoinResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.JoinResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.JoinResponse & multiverse.v1.JoinResponse.$Shape} JoinResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JoinResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a JoinResponse message.
             * @function verify
             * @memberof multiverse.v1.JoinResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            JoinResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isInteger(message.version))
                        return "version: integer expected";
                if (message.refused != null && $Object.hasOwnProperty.call(message, "refused"))
                    if (!$util.isString(message.refused))
                        return "refused: string expected";
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId"))
                    if (!$util.isString(message.clusterId))
                        return "clusterId: string expected";
                if (message.clusterPsk != null && $Object.hasOwnProperty.call(message, "clusterPsk"))
                    if (!(message.clusterPsk && typeof message.clusterPsk.length === "number" || $util.isString(message.clusterPsk)))
                        return "clusterPsk: buffer expected";
                if (message.founder != null && $Object.hasOwnProperty.call(message, "founder"))
                    if (!(message.founder && typeof message.founder.length === "number" || $util.isString(message.founder)))
                        return "founder: buffer expected";
                if (message.members != null && $Object.hasOwnProperty.call(message, "members")) {
                    if (!$Array.isArray(message.members))
                        return "members: array expected";
                    for (let i = 0; i < message.members.length; ++i)
                        if (!(message.members[i] && typeof message.members[i].length === "number" || $util.isString(message.members[i])))
                            return "members: buffer[] expected";
                }
                if (message.bootstrap != null && $Object.hasOwnProperty.call(message, "bootstrap")) {
                    if (!$Array.isArray(message.bootstrap))
                        return "bootstrap: array expected";
                    for (let i = 0; i < message.bootstrap.length; ++i)
                        if (!$util.isString(message.bootstrap[i]))
                            return "bootstrap: string[] expected";
                }
                return null;
            };

            /**
             * Creates a JoinResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.JoinResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.JoinResponse} JoinResponse
             */
            JoinResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.JoinResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.JoinResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.JoinResponse();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.refused != null)
                    if (typeof object.refused !== "string" || object.refused.length)
                        message.refused = $String(object.refused);
                if (object.clusterId != null)
                    if (typeof object.clusterId !== "string" || object.clusterId.length)
                        message.clusterId = $String(object.clusterId);
                if (object.clusterPsk != null)
                    if (object.clusterPsk.length)
                        if (typeof object.clusterPsk === "string")
                            $util.base64.decode(object.clusterPsk, message.clusterPsk = $util.newBuffer($util.base64.length(object.clusterPsk)), 0);
                        else if (object.clusterPsk.length >= 0)
                            message.clusterPsk = object.clusterPsk;
                if (object.founder != null)
                    if (object.founder.length)
                        if (typeof object.founder === "string")
                            $util.base64.decode(object.founder, message.founder = $util.newBuffer($util.base64.length(object.founder)), 0);
                        else if (object.founder.length >= 0)
                            message.founder = object.founder;
                if (object.members) {
                    if (!$Array.isArray(object.members))
                        throw $TypeError(".multiverse.v1.JoinResponse.members: array expected");
                    message.members = $Array(object.members.length);
                    for (let i = 0; i < object.members.length; ++i)
                        if (typeof object.members[i] === "string")
                            $util.base64.decode(object.members[i], message.members[i] = $util.newBuffer($util.base64.length(object.members[i])), 0);
                        else if (object.members[i].length >= 0)
                            message.members[i] = object.members[i];
                }
                if (object.bootstrap) {
                    if (!$Array.isArray(object.bootstrap))
                        throw $TypeError(".multiverse.v1.JoinResponse.bootstrap: array expected");
                    message.bootstrap = $Array(object.bootstrap.length);
                    for (let i = 0; i < object.bootstrap.length; ++i)
                        message.bootstrap[i] = $String(object.bootstrap[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a JoinResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.JoinResponse
             * @static
             * @param {multiverse.v1.JoinResponse} message JoinResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            JoinResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.members = [];
                    object.bootstrap = [];
                }
                if (options.defaults) {
                    object.version = 0;
                    object.refused = "";
                    object.clusterId = "";
                    if (options.bytes === $String)
                        object.clusterPsk = "";
                    else {
                        object.clusterPsk = [];
                        if (options.bytes !== $Array)
                            object.clusterPsk = $util.newBuffer(object.clusterPsk);
                    }
                    if (options.bytes === $String)
                        object.founder = "";
                    else {
                        object.founder = [];
                        if (options.bytes !== $Array)
                            object.founder = $util.newBuffer(object.founder);
                    }
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.refused != null && $Object.hasOwnProperty.call(message, "refused"))
                    object.refused = message.refused;
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId"))
                    object.clusterId = message.clusterId;
                if (message.clusterPsk != null && $Object.hasOwnProperty.call(message, "clusterPsk"))
                    object.clusterPsk = options.bytes === $String ? $util.base64.encode(message.clusterPsk, 0, message.clusterPsk.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.clusterPsk) : message.clusterPsk;
                if (message.founder != null && $Object.hasOwnProperty.call(message, "founder"))
                    object.founder = options.bytes === $String ? $util.base64.encode(message.founder, 0, message.founder.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.founder) : message.founder;
                if (message.members && message.members.length) {
                    object.members = $Array(message.members.length);
                    for (let j = 0; j < message.members.length; ++j)
                        object.members[j] = options.bytes === $String ? $util.base64.encode(message.members[j], 0, message.members[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.members[j]) : message.members[j];
                }
                if (message.bootstrap && message.bootstrap.length) {
                    object.bootstrap = $Array(message.bootstrap.length);
                    for (let j = 0; j < message.bootstrap.length; ++j)
                        object.bootstrap[j] = message.bootstrap[j];
                }
                return object;
            };

            /**
             * Converts this JoinResponse to JSON.
             * @function toJSON
             * @memberof multiverse.v1.JoinResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            JoinResponse.prototype.toJSON = function() {
                return JoinResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return JoinResponse;
        })();

        /**
         * VmOp enum.
         * @name multiverse.v1.VmOp
         * @enum {number}
         * @property {number} VM_OP_INVALID=0 VM_OP_INVALID value
         * @property {number} VM_OP_CREATE=1 VM_OP_CREATE value
         * @property {number} VM_OP_START=2 VM_OP_START value
         * @property {number} VM_OP_STOP=3 VM_OP_STOP value
         * @property {number} VM_OP_DESTROY=4 VM_OP_DESTROY value
         * @property {number} VM_OP_REMOVE=5 VM_OP_REMOVE value
         * @property {number} VM_OP_STATE=6 VM_OP_STATE value
         */
        v1.VmOp = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "VM_OP_INVALID"] = 0;
            values[valuesById[1] = "VM_OP_CREATE"] = 1;
            values[valuesById[2] = "VM_OP_START"] = 2;
            values[valuesById[3] = "VM_OP_STOP"] = 3;
            values[valuesById[4] = "VM_OP_DESTROY"] = 4;
            values[valuesById[5] = "VM_OP_REMOVE"] = 5;
            values[valuesById[6] = "VM_OP_STATE"] = 6;
            return values;
        })();

        v1.VmRequest = (function() {

            /**
             * Properties of a VmRequest.
             * @typedef {Object} multiverse.v1.VmRequest.$Properties
             * @property {number|null} [version] VmRequest version
             * @property {string|null} [clusterId] VmRequest clusterId
             * @property {multiverse.v1.VmOp|null} [op] VmRequest op
             * @property {string|null} [vm] VmRequest vm
             * @property {string|null} [leaseId] VmRequest leaseId
             * @property {boolean|null} [start] VmRequest start
             * @property {number|null} [waitMs] VmRequest waitMs
             * @property {boolean|null} [force] VmRequest force
             * @property {number|null} [deadlineMs] VmRequest deadlineMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VmRequest.
             * @memberof multiverse.v1
             * @interface IVmRequest
             * @augments multiverse.v1.VmRequest.$Properties
             * @deprecated Use multiverse.v1.VmRequest.$Properties instead.
             */

            /**
             * Shape of a VmRequest.
             * @typedef {multiverse.v1.VmRequest.$Properties} multiverse.v1.VmRequest.$Shape
             */

            /**
             * Constructs a new VmRequest.
             * @memberof multiverse.v1
             * @classdesc Represents a VmRequest.
             * @constructor
             * @param {multiverse.v1.VmRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VmRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * VmRequest version.
             * @member {number} version
             * @memberof multiverse.v1.VmRequest
             * @instance
             */
            VmRequest.prototype.version = 0;

            /**
             * VmRequest clusterId.
             * @member {string} clusterId
             * @memberof multiverse.v1.VmRequest
             * @instance
             */
            VmRequest.prototype.clusterId = "";

            /**
             * VmRequest op.
             * @member {multiverse.v1.VmOp} op
             * @memberof multiverse.v1.VmRequest
             * @instance
             */
            VmRequest.prototype.op = 0;

            /**
             * VmRequest vm.
             * @member {string} vm
             * @memberof multiverse.v1.VmRequest
             * @instance
             */
            VmRequest.prototype.vm = "";

            /**
             * VmRequest leaseId.
             * @member {string} leaseId
             * @memberof multiverse.v1.VmRequest
             * @instance
             */
            VmRequest.prototype.leaseId = "";

            /**
             * VmRequest start.
             * @member {boolean} start
             * @memberof multiverse.v1.VmRequest
             * @instance
             */
            VmRequest.prototype.start = false;

            /**
             * VmRequest waitMs.
             * @member {number} waitMs
             * @memberof multiverse.v1.VmRequest
             * @instance
             */
            VmRequest.prototype.waitMs = 0;

            /**
             * VmRequest force.
             * @member {boolean} force
             * @memberof multiverse.v1.VmRequest
             * @instance
             */
            VmRequest.prototype.force = false;

            /**
             * VmRequest deadlineMs.
             * @member {number} deadlineMs
             * @memberof multiverse.v1.VmRequest
             * @instance
             */
            VmRequest.prototype.deadlineMs = 0;

            /**
             * Creates a new VmRequest instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.VmRequest
             * @static
             * @param {multiverse.v1.VmRequest.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.VmRequest} VmRequest instance
             * @type {{
             *   (properties: multiverse.v1.VmRequest.$Shape): multiverse.v1.VmRequest & multiverse.v1.VmRequest.$Shape;
             *   (properties?: multiverse.v1.VmRequest.$Properties): multiverse.v1.VmRequest;
             * }}
             */
            VmRequest.create = function(properties) {
                return new VmRequest(properties);
            };

            /**
             * Encodes the specified VmRequest message. Does not implicitly {@link multiverse.v1.VmRequest.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.VmRequest
             * @static
             * @param {multiverse.v1.VmRequest.$Properties} message VmRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VmRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId") && message.clusterId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.clusterId);
                if (message.op != null && $Object.hasOwnProperty.call(message, "op") && message.op !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.op);
                if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.vm);
                if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId") && message.leaseId !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.leaseId);
                if (message.start != null && $Object.hasOwnProperty.call(message, "start") && message.start !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.start);
                if (message.waitMs != null && $Object.hasOwnProperty.call(message, "waitMs") && message.waitMs !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.waitMs);
                if (message.force != null && $Object.hasOwnProperty.call(message, "force") && message.force !== false)
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.force);
                if (message.deadlineMs != null && $Object.hasOwnProperty.call(message, "deadlineMs") && message.deadlineMs !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.deadlineMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified VmRequest message, length delimited. Does not implicitly {@link multiverse.v1.VmRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.VmRequest
             * @static
             * @param {multiverse.v1.VmRequest.$Properties} message VmRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VmRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a VmRequest message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.VmRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.VmRequest & multiverse.v1.VmRequest.$Shape} VmRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VmRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.VmRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clusterId = value;
                            else
                                delete message.clusterId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.op = value;
                            else
                                delete message.op;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.vm = value;
                            else
                                delete message.vm;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.leaseId = value;
                            else
                                delete message.leaseId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.start = value;
                            else
                                delete message.start;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.waitMs = value;
                            else
                                delete message.waitMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.force = value;
                            else
                                delete message.force;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.deadlineMs = value;
                            else
                                delete message.deadlineMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a VmRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.VmRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.VmRequest & multiverse.v1.VmRequest.$Shape} VmRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VmRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a VmRequest message.
             * @function verify
             * @memberof multiverse.v1.VmRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VmRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isInteger(message.version))
                        return "version: integer expected";
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId"))
                    if (!$util.isString(message.clusterId))
                        return "clusterId: string expected";
                if (message.op != null && $Object.hasOwnProperty.call(message, "op"))
                    if (typeof message.op !== "number" || (message.op | 0) !== message.op)
                        return "op: enum value expected";
                if (message.vm != null && $Object.hasOwnProperty.call(message, "vm"))
                    if (!$util.isString(message.vm))
                        return "vm: string expected";
                if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId"))
                    if (!$util.isString(message.leaseId))
                        return "leaseId: string expected";
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    if (typeof message.start !== "boolean")
                        return "start: boolean expected";
                if (message.waitMs != null && $Object.hasOwnProperty.call(message, "waitMs"))
                    if (!$util.isInteger(message.waitMs))
                        return "waitMs: integer expected";
                if (message.force != null && $Object.hasOwnProperty.call(message, "force"))
                    if (typeof message.force !== "boolean")
                        return "force: boolean expected";
                if (message.deadlineMs != null && $Object.hasOwnProperty.call(message, "deadlineMs"))
                    if (!$util.isInteger(message.deadlineMs))
                        return "deadlineMs: integer expected";
                return null;
            };

            /**
             * Creates a VmRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.VmRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.VmRequest} VmRequest
             */
            VmRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.VmRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.VmRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.VmRequest();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.clusterId != null)
                    if (typeof object.clusterId !== "string" || object.clusterId.length)
                        message.clusterId = $String(object.clusterId);
                if (object.op !== 0 && (typeof object.op !== "string" || $root.multiverse.v1.VmOp[object.op] !== 0))
                    switch (object.op) {
                    case "VM_OP_INVALID":
                    case 0:
                        message.op = 0;
                        break;
                    case "VM_OP_CREATE":
                    case 1:
                        message.op = 1;
                        break;
                    case "VM_OP_START":
                    case 2:
                        message.op = 2;
                        break;
                    case "VM_OP_STOP":
                    case 3:
                        message.op = 3;
                        break;
                    case "VM_OP_DESTROY":
                    case 4:
                        message.op = 4;
                        break;
                    case "VM_OP_REMOVE":
                    case 5:
                        message.op = 5;
                        break;
                    case "VM_OP_STATE":
                    case 6:
                        message.op = 6;
                        break;
                    default:
                        if (typeof object.op === "number" && (object.op | 0) === object.op)
                            message.op = object.op;
                    }
                if (object.vm != null)
                    if (typeof object.vm !== "string" || object.vm.length)
                        message.vm = $String(object.vm);
                if (object.leaseId != null)
                    if (typeof object.leaseId !== "string" || object.leaseId.length)
                        message.leaseId = $String(object.leaseId);
                if (object.start != null)
                    if (object.start)
                        message.start = $Boolean(object.start);
                if (object.waitMs != null)
                    if ($Number(object.waitMs) !== 0)
                        message.waitMs = object.waitMs >>> 0;
                if (object.force != null)
                    if (object.force)
                        message.force = $Boolean(object.force);
                if (object.deadlineMs != null)
                    if ($Number(object.deadlineMs) !== 0)
                        message.deadlineMs = object.deadlineMs >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a VmRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.VmRequest
             * @static
             * @param {multiverse.v1.VmRequest} message VmRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VmRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.version = 0;
                    object.clusterId = "";
                    object.op = options.enums === $String ? "VM_OP_INVALID" : 0;
                    object.vm = "";
                    object.leaseId = "";
                    object.start = false;
                    object.waitMs = 0;
                    object.force = false;
                    object.deadlineMs = 0;
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId"))
                    object.clusterId = message.clusterId;
                if (message.op != null && $Object.hasOwnProperty.call(message, "op"))
                    object.op = options.enums === $String ? $root.multiverse.v1.VmOp[message.op] === $undefined ? message.op : $root.multiverse.v1.VmOp[message.op] : message.op;
                if (message.vm != null && $Object.hasOwnProperty.call(message, "vm"))
                    object.vm = message.vm;
                if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId"))
                    object.leaseId = message.leaseId;
                if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                    object.start = message.start;
                if (message.waitMs != null && $Object.hasOwnProperty.call(message, "waitMs"))
                    object.waitMs = message.waitMs;
                if (message.force != null && $Object.hasOwnProperty.call(message, "force"))
                    object.force = message.force;
                if (message.deadlineMs != null && $Object.hasOwnProperty.call(message, "deadlineMs"))
                    object.deadlineMs = message.deadlineMs;
                return object;
            };

            /**
             * Converts this VmRequest to JSON.
             * @function toJSON
             * @memberof multiverse.v1.VmRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VmRequest.prototype.toJSON = function() {
                return VmRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return VmRequest;
        })();

        v1.VmResponse = (function() {

            /**
             * Properties of a VmResponse.
             * @typedef {Object} multiverse.v1.VmResponse.$Properties
             * @property {number|null} [version] VmResponse version
             * @property {string|null} [errorKind] VmResponse errorKind
             * @property {string|null} [errorName] VmResponse errorName
             * @property {string|null} [errorMessage] VmResponse errorMessage
             * @property {string|null} [errorHint] VmResponse errorHint
             * @property {string|null} [state] VmResponse state
             * @property {string|null} [leaseId] VmResponse leaseId
             * @property {boolean|null} [busy] VmResponse busy
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VmResponse.
             * @memberof multiverse.v1
             * @interface IVmResponse
             * @augments multiverse.v1.VmResponse.$Properties
             * @deprecated Use multiverse.v1.VmResponse.$Properties instead.
             */

            /**
             * Shape of a VmResponse.
             * @typedef {multiverse.v1.VmResponse.$Properties} multiverse.v1.VmResponse.$Shape
             */

            /**
             * Constructs a new VmResponse.
             * @memberof multiverse.v1
             * @classdesc Represents a VmResponse.
             * @constructor
             * @param {multiverse.v1.VmResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VmResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * VmResponse version.
             * @member {number} version
             * @memberof multiverse.v1.VmResponse
             * @instance
             */
            VmResponse.prototype.version = 0;

            /**
             * VmResponse errorKind.
             * @member {string} errorKind
             * @memberof multiverse.v1.VmResponse
             * @instance
             */
            VmResponse.prototype.errorKind = "";

            /**
             * VmResponse errorName.
             * @member {string} errorName
             * @memberof multiverse.v1.VmResponse
             * @instance
             */
            VmResponse.prototype.errorName = "";

            /**
             * VmResponse errorMessage.
             * @member {string} errorMessage
             * @memberof multiverse.v1.VmResponse
             * @instance
             */
            VmResponse.prototype.errorMessage = "";

            /**
             * VmResponse errorHint.
             * @member {string} errorHint
             * @memberof multiverse.v1.VmResponse
             * @instance
             */
            VmResponse.prototype.errorHint = "";

            /**
             * VmResponse state.
             * @member {string} state
             * @memberof multiverse.v1.VmResponse
             * @instance
             */
            VmResponse.prototype.state = "";

            /**
             * VmResponse leaseId.
             * @member {string} leaseId
             * @memberof multiverse.v1.VmResponse
             * @instance
             */
            VmResponse.prototype.leaseId = "";

            /**
             * VmResponse busy.
             * @member {boolean} busy
             * @memberof multiverse.v1.VmResponse
             * @instance
             */
            VmResponse.prototype.busy = false;

            /**
             * Creates a new VmResponse instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.VmResponse
             * @static
             * @param {multiverse.v1.VmResponse.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.VmResponse} VmResponse instance
             * @type {{
             *   (properties: multiverse.v1.VmResponse.$Shape): multiverse.v1.VmResponse & multiverse.v1.VmResponse.$Shape;
             *   (properties?: multiverse.v1.VmResponse.$Properties): multiverse.v1.VmResponse;
             * }}
             */
            VmResponse.create = function(properties) {
                return new VmResponse(properties);
            };

            /**
             * Encodes the specified VmResponse message. Does not implicitly {@link multiverse.v1.VmResponse.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.VmResponse
             * @static
             * @param {multiverse.v1.VmResponse.$Properties} message VmResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VmResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.errorKind != null && $Object.hasOwnProperty.call(message, "errorKind") && message.errorKind !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.errorKind);
                if (message.errorName != null && $Object.hasOwnProperty.call(message, "errorName") && message.errorName !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.errorName);
                if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage") && message.errorMessage !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.errorMessage);
                if (message.errorHint != null && $Object.hasOwnProperty.call(message, "errorHint") && message.errorHint !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.errorHint);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.state);
                if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId") && message.leaseId !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.leaseId);
                if (message.busy != null && $Object.hasOwnProperty.call(message, "busy") && message.busy !== false)
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.busy);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified VmResponse message, length delimited. Does not implicitly {@link multiverse.v1.VmResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.VmResponse
             * @static
             * @param {multiverse.v1.VmResponse.$Properties} message VmResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VmResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a VmResponse message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.VmResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.VmResponse & multiverse.v1.VmResponse.$Shape} VmResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VmResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.VmResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.errorKind = value;
                            else
                                delete message.errorKind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.errorName = value;
                            else
                                delete message.errorName;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.errorMessage = value;
                            else
                                delete message.errorMessage;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.errorHint = value;
                            else
                                delete message.errorHint;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.leaseId = value;
                            else
                                delete message.leaseId;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.busy = value;
                            else
                                delete message.busy;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a VmResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.VmResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.VmResponse & multiverse.v1.VmResponse.$Shape} VmResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VmResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a VmResponse message.
             * @function verify
             * @memberof multiverse.v1.VmResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VmResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isInteger(message.version))
                        return "version: integer expected";
                if (message.errorKind != null && $Object.hasOwnProperty.call(message, "errorKind"))
                    if (!$util.isString(message.errorKind))
                        return "errorKind: string expected";
                if (message.errorName != null && $Object.hasOwnProperty.call(message, "errorName"))
                    if (!$util.isString(message.errorName))
                        return "errorName: string expected";
                if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage"))
                    if (!$util.isString(message.errorMessage))
                        return "errorMessage: string expected";
                if (message.errorHint != null && $Object.hasOwnProperty.call(message, "errorHint"))
                    if (!$util.isString(message.errorHint))
                        return "errorHint: string expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (!$util.isString(message.state))
                        return "state: string expected";
                if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId"))
                    if (!$util.isString(message.leaseId))
                        return "leaseId: string expected";
                if (message.busy != null && $Object.hasOwnProperty.call(message, "busy"))
                    if (typeof message.busy !== "boolean")
                        return "busy: boolean expected";
                return null;
            };

            /**
             * Creates a VmResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.VmResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.VmResponse} VmResponse
             */
            VmResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.VmResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.VmResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.VmResponse();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.errorKind != null)
                    if (typeof object.errorKind !== "string" || object.errorKind.length)
                        message.errorKind = $String(object.errorKind);
                if (object.errorName != null)
                    if (typeof object.errorName !== "string" || object.errorName.length)
                        message.errorName = $String(object.errorName);
                if (object.errorMessage != null)
                    if (typeof object.errorMessage !== "string" || object.errorMessage.length)
                        message.errorMessage = $String(object.errorMessage);
                if (object.errorHint != null)
                    if (typeof object.errorHint !== "string" || object.errorHint.length)
                        message.errorHint = $String(object.errorHint);
                if (object.state != null)
                    if (typeof object.state !== "string" || object.state.length)
                        message.state = $String(object.state);
                if (object.leaseId != null)
                    if (typeof object.leaseId !== "string" || object.leaseId.length)
                        message.leaseId = $String(object.leaseId);
                if (object.busy != null)
                    if (object.busy)
                        message.busy = $Boolean(object.busy);
                return message;
            };

            /**
             * Creates a plain object from a VmResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.VmResponse
             * @static
             * @param {multiverse.v1.VmResponse} message VmResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VmResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.version = 0;
                    object.errorKind = "";
                    object.errorName = "";
                    object.errorMessage = "";
                    object.errorHint = "";
                    object.state = "";
                    object.leaseId = "";
                    object.busy = false;
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.errorKind != null && $Object.hasOwnProperty.call(message, "errorKind"))
                    object.errorKind = message.errorKind;
                if (message.errorName != null && $Object.hasOwnProperty.call(message, "errorName"))
                    object.errorName = message.errorName;
                if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage"))
                    object.errorMessage = message.errorMessage;
                if (message.errorHint != null && $Object.hasOwnProperty.call(message, "errorHint"))
                    object.errorHint = message.errorHint;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = message.state;
                if (message.leaseId != null && $Object.hasOwnProperty.call(message, "leaseId"))
                    object.leaseId = message.leaseId;
                if (message.busy != null && $Object.hasOwnProperty.call(message, "busy"))
                    object.busy = message.busy;
                return object;
            };

            /**
             * Converts this VmResponse to JSON.
             * @function toJSON
             * @memberof multiverse.v1.VmResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VmResponse.prototype.toJSON = function() {
                return VmResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return VmResponse;
        })();

        /**
         * TunnelChannel enum.
         * @name multiverse.v1.TunnelChannel
         * @enum {number}
         * @property {number} TUNNEL_CHANNEL_INVALID=0 TUNNEL_CHANNEL_INVALID value
         * @property {number} TUNNEL_CHANNEL_LIBVIRT=1 TUNNEL_CHANNEL_LIBVIRT value
         * @property {number} TUNNEL_CHANNEL_MEMORY=2 TUNNEL_CHANNEL_MEMORY value
         * @property {number} TUNNEL_CHANNEL_DISKS=3 TUNNEL_CHANNEL_DISKS value
         */
        v1.TunnelChannel = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "TUNNEL_CHANNEL_INVALID"] = 0;
            values[valuesById[1] = "TUNNEL_CHANNEL_LIBVIRT"] = 1;
            values[valuesById[2] = "TUNNEL_CHANNEL_MEMORY"] = 2;
            values[valuesById[3] = "TUNNEL_CHANNEL_DISKS"] = 3;
            return values;
        })();

        v1.TunnelOpen = (function() {

            /**
             * Properties of a TunnelOpen.
             * @typedef {Object} multiverse.v1.TunnelOpen.$Properties
             * @property {number|null} [version] TunnelOpen version
             * @property {string|null} [clusterId] TunnelOpen clusterId
             * @property {string|null} [migrationId] TunnelOpen migrationId
             * @property {Uint8Array|null} [token] TunnelOpen token
             * @property {multiverse.v1.TunnelChannel|null} [channel] TunnelOpen channel
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TunnelOpen.
             * @memberof multiverse.v1
             * @interface ITunnelOpen
             * @augments multiverse.v1.TunnelOpen.$Properties
             * @deprecated Use multiverse.v1.TunnelOpen.$Properties instead.
             */

            /**
             * Shape of a TunnelOpen.
             * @typedef {multiverse.v1.TunnelOpen.$Properties} multiverse.v1.TunnelOpen.$Shape
             */

            /**
             * Constructs a new TunnelOpen.
             * @memberof multiverse.v1
             * @classdesc Represents a TunnelOpen.
             * @constructor
             * @param {multiverse.v1.TunnelOpen.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TunnelOpen = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TunnelOpen version.
             * @member {number} version
             * @memberof multiverse.v1.TunnelOpen
             * @instance
             */
            TunnelOpen.prototype.version = 0;

            /**
             * TunnelOpen clusterId.
             * @member {string} clusterId
             * @memberof multiverse.v1.TunnelOpen
             * @instance
             */
            TunnelOpen.prototype.clusterId = "";

            /**
             * TunnelOpen migrationId.
             * @member {string} migrationId
             * @memberof multiverse.v1.TunnelOpen
             * @instance
             */
            TunnelOpen.prototype.migrationId = "";

            /**
             * TunnelOpen token.
             * @member {Uint8Array} token
             * @memberof multiverse.v1.TunnelOpen
             * @instance
             */
            TunnelOpen.prototype.token = $util.newBuffer([]);

            /**
             * TunnelOpen channel.
             * @member {multiverse.v1.TunnelChannel} channel
             * @memberof multiverse.v1.TunnelOpen
             * @instance
             */
            TunnelOpen.prototype.channel = 0;

            /**
             * Creates a new TunnelOpen instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.TunnelOpen
             * @static
             * @param {multiverse.v1.TunnelOpen.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.TunnelOpen} TunnelOpen instance
             * @type {{
             *   (properties: multiverse.v1.TunnelOpen.$Shape): multiverse.v1.TunnelOpen & multiverse.v1.TunnelOpen.$Shape;
             *   (properties?: multiverse.v1.TunnelOpen.$Properties): multiverse.v1.TunnelOpen;
             * }}
             */
            TunnelOpen.create = function(properties) {
                return new TunnelOpen(properties);
            };

            /**
             * Encodes the specified TunnelOpen message. Does not implicitly {@link multiverse.v1.TunnelOpen.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.TunnelOpen
             * @static
             * @param {multiverse.v1.TunnelOpen.$Properties} message TunnelOpen message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TunnelOpen.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId") && message.clusterId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.clusterId);
                if (message.migrationId != null && $Object.hasOwnProperty.call(message, "migrationId") && message.migrationId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.migrationId);
                if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.token);
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel") && message.channel !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.channel);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TunnelOpen message, length delimited. Does not implicitly {@link multiverse.v1.TunnelOpen.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.TunnelOpen
             * @static
             * @param {multiverse.v1.TunnelOpen.$Properties} message TunnelOpen message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TunnelOpen.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TunnelOpen message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.TunnelOpen
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.TunnelOpen & multiverse.v1.TunnelOpen.$Shape} TunnelOpen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TunnelOpen.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.TunnelOpen();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clusterId = value;
                            else
                                delete message.clusterId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.migrationId = value;
                            else
                                delete message.migrationId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.token = value;
                            else
                                delete message.token;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.channel = value;
                            else
                                delete message.channel;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a TunnelOpen message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.TunnelOpen
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.TunnelOpen & multiverse.v1.TunnelOpen.$Shape} TunnelOpen
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TunnelOpen.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TunnelOpen message.
             * @function verify
             * @memberof multiverse.v1.TunnelOpen
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TunnelOpen.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isInteger(message.version))
                        return "version: integer expected";
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId"))
                    if (!$util.isString(message.clusterId))
                        return "clusterId: string expected";
                if (message.migrationId != null && $Object.hasOwnProperty.call(message, "migrationId"))
                    if (!$util.isString(message.migrationId))
                        return "migrationId: string expected";
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    if (!(message.token && typeof message.token.length === "number" || $util.isString(message.token)))
                        return "token: buffer expected";
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel"))
                    if (typeof message.channel !== "number" || (message.channel | 0) !== message.channel)
                        return "channel: enum value expected";
                return null;
            };

            /**
             * Creates a TunnelOpen message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.TunnelOpen
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.TunnelOpen} TunnelOpen
             */
            TunnelOpen.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.TunnelOpen)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.TunnelOpen: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.TunnelOpen();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.clusterId != null)
                    if (typeof object.clusterId !== "string" || object.clusterId.length)
                        message.clusterId = $String(object.clusterId);
                if (object.migrationId != null)
                    if (typeof object.migrationId !== "string" || object.migrationId.length)
                        message.migrationId = $String(object.migrationId);
                if (object.token != null)
                    if (object.token.length)
                        if (typeof object.token === "string")
                            $util.base64.decode(object.token, message.token = $util.newBuffer($util.base64.length(object.token)), 0);
                        else if (object.token.length >= 0)
                            message.token = object.token;
                if (object.channel !== 0 && (typeof object.channel !== "string" || $root.multiverse.v1.TunnelChannel[object.channel] !== 0))
                    switch (object.channel) {
                    case "TUNNEL_CHANNEL_INVALID":
                    case 0:
                        message.channel = 0;
                        break;
                    case "TUNNEL_CHANNEL_LIBVIRT":
                    case 1:
                        message.channel = 1;
                        break;
                    case "TUNNEL_CHANNEL_MEMORY":
                    case 2:
                        message.channel = 2;
                        break;
                    case "TUNNEL_CHANNEL_DISKS":
                    case 3:
                        message.channel = 3;
                        break;
                    default:
                        if (typeof object.channel === "number" && (object.channel | 0) === object.channel)
                            message.channel = object.channel;
                    }
                return message;
            };

            /**
             * Creates a plain object from a TunnelOpen message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.TunnelOpen
             * @static
             * @param {multiverse.v1.TunnelOpen} message TunnelOpen
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TunnelOpen.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.version = 0;
                    object.clusterId = "";
                    object.migrationId = "";
                    if (options.bytes === $String)
                        object.token = "";
                    else {
                        object.token = [];
                        if (options.bytes !== $Array)
                            object.token = $util.newBuffer(object.token);
                    }
                    object.channel = options.enums === $String ? "TUNNEL_CHANNEL_INVALID" : 0;
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId"))
                    object.clusterId = message.clusterId;
                if (message.migrationId != null && $Object.hasOwnProperty.call(message, "migrationId"))
                    object.migrationId = message.migrationId;
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    object.token = options.bytes === $String ? $util.base64.encode(message.token, 0, message.token.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.token) : message.token;
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel"))
                    object.channel = options.enums === $String ? $root.multiverse.v1.TunnelChannel[message.channel] === $undefined ? message.channel : $root.multiverse.v1.TunnelChannel[message.channel] : message.channel;
                return object;
            };

            /**
             * Converts this TunnelOpen to JSON.
             * @function toJSON
             * @memberof multiverse.v1.TunnelOpen
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TunnelOpen.prototype.toJSON = function() {
                return TunnelOpen.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TunnelOpen;
        })();

        v1.TunnelAccept = (function() {

            /**
             * Properties of a TunnelAccept.
             * @typedef {Object} multiverse.v1.TunnelAccept.$Properties
             * @property {number|null} [version] TunnelAccept version
             * @property {string|null} [refused] TunnelAccept refused
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TunnelAccept.
             * @memberof multiverse.v1
             * @interface ITunnelAccept
             * @augments multiverse.v1.TunnelAccept.$Properties
             * @deprecated Use multiverse.v1.TunnelAccept.$Properties instead.
             */

            /**
             * Shape of a TunnelAccept.
             * @typedef {multiverse.v1.TunnelAccept.$Properties} multiverse.v1.TunnelAccept.$Shape
             */

            /**
             * Constructs a new TunnelAccept.
             * @memberof multiverse.v1
             * @classdesc Represents a TunnelAccept.
             * @constructor
             * @param {multiverse.v1.TunnelAccept.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TunnelAccept = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TunnelAccept version.
             * @member {number} version
             * @memberof multiverse.v1.TunnelAccept
             * @instance
             */
            TunnelAccept.prototype.version = 0;

            /**
             * TunnelAccept refused.
             * @member {string} refused
             * @memberof multiverse.v1.TunnelAccept
             * @instance
             */
            TunnelAccept.prototype.refused = "";

            /**
             * Creates a new TunnelAccept instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.TunnelAccept
             * @static
             * @param {multiverse.v1.TunnelAccept.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.TunnelAccept} TunnelAccept instance
             * @type {{
             *   (properties: multiverse.v1.TunnelAccept.$Shape): multiverse.v1.TunnelAccept & multiverse.v1.TunnelAccept.$Shape;
             *   (properties?: multiverse.v1.TunnelAccept.$Properties): multiverse.v1.TunnelAccept;
             * }}
             */
            TunnelAccept.create = function(properties) {
                return new TunnelAccept(properties);
            };

            /**
             * Encodes the specified TunnelAccept message. Does not implicitly {@link multiverse.v1.TunnelAccept.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.TunnelAccept
             * @static
             * @param {multiverse.v1.TunnelAccept.$Properties} message TunnelAccept message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TunnelAccept.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.refused != null && $Object.hasOwnProperty.call(message, "refused") && message.refused !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.refused);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TunnelAccept message, length delimited. Does not implicitly {@link multiverse.v1.TunnelAccept.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.TunnelAccept
             * @static
             * @param {multiverse.v1.TunnelAccept.$Properties} message TunnelAccept message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TunnelAccept.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TunnelAccept message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.TunnelAccept
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.TunnelAccept & multiverse.v1.TunnelAccept.$Shape} TunnelAccept
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TunnelAccept.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.TunnelAccept();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.refused = value;
                            else
                                delete message.refused;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a TunnelAccept message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.TunnelAccept
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.TunnelAccept & multiverse.v1.TunnelAccept.$Shape} TunnelAccept
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TunnelAccept.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TunnelAccept message.
             * @function verify
             * @memberof multiverse.v1.TunnelAccept
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TunnelAccept.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isInteger(message.version))
                        return "version: integer expected";
                if (message.refused != null && $Object.hasOwnProperty.call(message, "refused"))
                    if (!$util.isString(message.refused))
                        return "refused: string expected";
                return null;
            };

            /**
             * Creates a TunnelAccept message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.TunnelAccept
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.TunnelAccept} TunnelAccept
             */
            TunnelAccept.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.TunnelAccept)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.TunnelAccept: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.TunnelAccept();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.refused != null)
                    if (typeof object.refused !== "string" || object.refused.length)
                        message.refused = $String(object.refused);
                return message;
            };

            /**
             * Creates a plain object from a TunnelAccept message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.TunnelAccept
             * @static
             * @param {multiverse.v1.TunnelAccept} message TunnelAccept
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TunnelAccept.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.version = 0;
                    object.refused = "";
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.refused != null && $Object.hasOwnProperty.call(message, "refused"))
                    object.refused = message.refused;
                return object;
            };

            /**
             * Converts this TunnelAccept to JSON.
             * @function toJSON
             * @memberof multiverse.v1.TunnelAccept
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TunnelAccept.prototype.toJSON = function() {
                return TunnelAccept.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TunnelAccept;
        })();

        /**
         * MigrateOp enum.
         * @name multiverse.v1.MigrateOp
         * @enum {number}
         * @property {number} MIGRATE_OP_INVALID=0 MIGRATE_OP_INVALID value
         * @property {number} MIGRATE_OP_RESERVE=1 MIGRATE_OP_RESERVE value
         * @property {number} MIGRATE_OP_PREPARE=2 MIGRATE_OP_PREPARE value
         * @property {number} MIGRATE_OP_TRANSFER=3 MIGRATE_OP_TRANSFER value
         * @property {number} MIGRATE_OP_COMMIT=4 MIGRATE_OP_COMMIT value
         * @property {number} MIGRATE_OP_ABORT=5 MIGRATE_OP_ABORT value
         * @property {number} MIGRATE_OP_STATUS=6 MIGRATE_OP_STATUS value
         * @property {number} MIGRATE_OP_VERIFY=7 MIGRATE_OP_VERIFY value
         */
        v1.MigrateOp = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "MIGRATE_OP_INVALID"] = 0;
            values[valuesById[1] = "MIGRATE_OP_RESERVE"] = 1;
            values[valuesById[2] = "MIGRATE_OP_PREPARE"] = 2;
            values[valuesById[3] = "MIGRATE_OP_TRANSFER"] = 3;
            values[valuesById[4] = "MIGRATE_OP_COMMIT"] = 4;
            values[valuesById[5] = "MIGRATE_OP_ABORT"] = 5;
            values[valuesById[6] = "MIGRATE_OP_STATUS"] = 6;
            values[valuesById[7] = "MIGRATE_OP_VERIFY"] = 7;
            return values;
        })();

        /**
         * MigrateMode enum.
         * @name multiverse.v1.MigrateMode
         * @enum {number}
         * @property {number} MIGRATE_MODE_INVALID=0 MIGRATE_MODE_INVALID value
         * @property {number} MIGRATE_MODE_LIVE=1 MIGRATE_MODE_LIVE value
         * @property {number} MIGRATE_MODE_OFFLINE=2 MIGRATE_MODE_OFFLINE value
         */
        v1.MigrateMode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "MIGRATE_MODE_INVALID"] = 0;
            values[valuesById[1] = "MIGRATE_MODE_LIVE"] = 1;
            values[valuesById[2] = "MIGRATE_MODE_OFFLINE"] = 2;
            return values;
        })();

        v1.MigrateDisk = (function() {

            /**
             * Properties of a MigrateDisk.
             * @typedef {Object} multiverse.v1.MigrateDisk.$Properties
             * @property {string|null} [name] MigrateDisk name
             * @property {number|Long|null} [virtualBytes] MigrateDisk virtualBytes
             * @property {string|null} [checksum] MigrateDisk checksum
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MigrateDisk.
             * @memberof multiverse.v1
             * @interface IMigrateDisk
             * @augments multiverse.v1.MigrateDisk.$Properties
             * @deprecated Use multiverse.v1.MigrateDisk.$Properties instead.
             */

            /**
             * Shape of a MigrateDisk.
             * @typedef {multiverse.v1.MigrateDisk.$Properties} multiverse.v1.MigrateDisk.$Shape
             */

            /**
             * Constructs a new MigrateDisk.
             * @memberof multiverse.v1
             * @classdesc Represents a MigrateDisk.
             * @constructor
             * @param {multiverse.v1.MigrateDisk.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MigrateDisk = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MigrateDisk name.
             * @member {string} name
             * @memberof multiverse.v1.MigrateDisk
             * @instance
             */
            MigrateDisk.prototype.name = "";

            /**
             * MigrateDisk virtualBytes.
             * @member {number|Long} virtualBytes
             * @memberof multiverse.v1.MigrateDisk
             * @instance
             */
            MigrateDisk.prototype.virtualBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MigrateDisk checksum.
             * @member {string} checksum
             * @memberof multiverse.v1.MigrateDisk
             * @instance
             */
            MigrateDisk.prototype.checksum = "";

            /**
             * Creates a new MigrateDisk instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.MigrateDisk
             * @static
             * @param {multiverse.v1.MigrateDisk.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.MigrateDisk} MigrateDisk instance
             * @type {{
             *   (properties: multiverse.v1.MigrateDisk.$Shape): multiverse.v1.MigrateDisk & multiverse.v1.MigrateDisk.$Shape;
             *   (properties?: multiverse.v1.MigrateDisk.$Properties): multiverse.v1.MigrateDisk;
             * }}
             */
            MigrateDisk.create = function(properties) {
                return new MigrateDisk(properties);
            };

            /**
             * Encodes the specified MigrateDisk message. Does not implicitly {@link multiverse.v1.MigrateDisk.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.MigrateDisk
             * @static
             * @param {multiverse.v1.MigrateDisk.$Properties} message MigrateDisk message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MigrateDisk.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.virtualBytes != null && $Object.hasOwnProperty.call(message, "virtualBytes") && (typeof message.virtualBytes === "object" ? message.virtualBytes.low || message.virtualBytes.high : message.virtualBytes !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.virtualBytes);
                if (message.checksum != null && $Object.hasOwnProperty.call(message, "checksum") && message.checksum !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.checksum);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MigrateDisk message, length delimited. Does not implicitly {@link multiverse.v1.MigrateDisk.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.MigrateDisk
             * @static
             * @param {multiverse.v1.MigrateDisk.$Properties} message MigrateDisk message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MigrateDisk.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MigrateDisk message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.MigrateDisk
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.MigrateDisk & multiverse.v1.MigrateDisk.$Shape} MigrateDisk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MigrateDisk.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.MigrateDisk();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.virtualBytes = value;
                            else
                                delete message.virtualBytes;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.checksum = value;
                            else
                                delete message.checksum;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MigrateDisk message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.MigrateDisk
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.MigrateDisk & multiverse.v1.MigrateDisk.$Shape} MigrateDisk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MigrateDisk.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MigrateDisk message.
             * @function verify
             * @memberof multiverse.v1.MigrateDisk
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MigrateDisk.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.virtualBytes != null && $Object.hasOwnProperty.call(message, "virtualBytes"))
                    if (!$util.isInteger(message.virtualBytes) && !(message.virtualBytes && $util.isInteger(message.virtualBytes.low) && $util.isInteger(message.virtualBytes.high)))
                        return "virtualBytes: integer|Long expected";
                if (message.checksum != null && $Object.hasOwnProperty.call(message, "checksum"))
                    if (!$util.isString(message.checksum))
                        return "checksum: string expected";
                return null;
            };

            /**
             * Creates a MigrateDisk message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.MigrateDisk
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.MigrateDisk} MigrateDisk
             */
            MigrateDisk.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.MigrateDisk)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.MigrateDisk: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.MigrateDisk();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.virtualBytes != null)
                    if (typeof object.virtualBytes === "object" ? object.virtualBytes.low || object.virtualBytes.high : $Number(object.virtualBytes) !== 0)
                        if ($util.Long)
                            message.virtualBytes = $util.Long.fromValue(object.virtualBytes, true);
                        else if (typeof object.virtualBytes === "string")
                            message.virtualBytes = $parseInt(object.virtualBytes, 10);
                        else if (typeof object.virtualBytes === "number")
                            message.virtualBytes = object.virtualBytes;
                        else if (typeof object.virtualBytes === "object")
                            message.virtualBytes = new $util.LongBits(object.virtualBytes.low >>> 0, object.virtualBytes.high >>> 0).toNumber(true);
                if (object.checksum != null)
                    if (typeof object.checksum !== "string" || object.checksum.length)
                        message.checksum = $String(object.checksum);
                return message;
            };

            /**
             * Creates a plain object from a MigrateDisk message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.MigrateDisk
             * @static
             * @param {multiverse.v1.MigrateDisk} message MigrateDisk
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MigrateDisk.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.virtualBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.virtualBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.checksum = "";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.virtualBytes != null && $Object.hasOwnProperty.call(message, "virtualBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.virtualBytes = typeof message.virtualBytes === "number" ? $BigInt(message.virtualBytes) : $util.Long.fromBits(message.virtualBytes.low >>> 0, message.virtualBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.virtualBytes === "number")
                        object.virtualBytes = options.longs === $String ? $String(message.virtualBytes) : message.virtualBytes;
                    else
                        object.virtualBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.virtualBytes) : options.longs === $Number ? new $util.LongBits(message.virtualBytes.low >>> 0, message.virtualBytes.high >>> 0).toNumber(true) : message.virtualBytes;
                if (message.checksum != null && $Object.hasOwnProperty.call(message, "checksum"))
                    object.checksum = message.checksum;
                return object;
            };

            /**
             * Converts this MigrateDisk to JSON.
             * @function toJSON
             * @memberof multiverse.v1.MigrateDisk
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MigrateDisk.prototype.toJSON = function() {
                return MigrateDisk.toObject(this, $protobuf.util.toJSONOptions);
            };

            return MigrateDisk;
        })();

        v1.MigrateRequest = (function() {

            /**
             * Properties of a MigrateRequest.
             * @typedef {Object} multiverse.v1.MigrateRequest.$Properties
             * @property {number|null} [version] MigrateRequest version
             * @property {string|null} [clusterId] MigrateRequest clusterId
             * @property {multiverse.v1.MigrateOp|null} [op] MigrateRequest op
             * @property {string|null} [migrationId] MigrateRequest migrationId
             * @property {string|null} [vm] MigrateRequest vm
             * @property {multiverse.v1.MigrateMode|null} [mode] MigrateRequest mode
             * @property {string|null} [domainUuid] MigrateRequest domainUuid
             * @property {number|null} [vcpus] MigrateRequest vcpus
             * @property {number|Long|null} [memoryBytes] MigrateRequest memoryBytes
             * @property {number|Long|null} [hugepageBytes] MigrateRequest hugepageBytes
             * @property {number|Long|null} [diskBytes] MigrateRequest diskBytes
             * @property {Array.<string>|null} [devices] MigrateRequest devices
             * @property {string|null} [group] MigrateRequest group
             * @property {string|null} [specJson] MigrateRequest specJson
             * @property {number|null} [ttlMs] MigrateRequest ttlMs
             * @property {Array.<multiverse.v1.MigrateDisk.$Properties>|null} [disks] MigrateRequest disks
             * @property {boolean|null} [running] MigrateRequest running
             * @property {number|Long|null} [generation] MigrateRequest generation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MigrateRequest.
             * @memberof multiverse.v1
             * @interface IMigrateRequest
             * @augments multiverse.v1.MigrateRequest.$Properties
             * @deprecated Use multiverse.v1.MigrateRequest.$Properties instead.
             */

            /**
             * Shape of a MigrateRequest.
             * @typedef {multiverse.v1.MigrateRequest.$Properties} multiverse.v1.MigrateRequest.$Shape
             */

            /**
             * Constructs a new MigrateRequest.
             * @memberof multiverse.v1
             * @classdesc Represents a MigrateRequest.
             * @constructor
             * @param {multiverse.v1.MigrateRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MigrateRequest = function (properties) {
                this.devices = [];
                this.disks = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MigrateRequest version.
             * @member {number} version
             * @memberof multiverse.v1.MigrateRequest
             * @instance
             */
            MigrateRequest.prototype.version = 0;

            /**
             * MigrateRequest clusterId.
             * @member {string} clusterId
             * @memberof multiverse.v1.MigrateRequest
             * @instance
             */
            MigrateRequest.prototype.clusterId = "";

            /**
             * MigrateRequest op.
             * @member {multiverse.v1.MigrateOp} op
             * @memberof multiverse.v1.MigrateRequest
             * @instance
             */
            MigrateRequest.prototype.op = 0;

            /**
             * MigrateRequest migrationId.
             * @member {string} migrationId
             * @memberof multiverse.v1.MigrateRequest
             * @instance
             */
            MigrateRequest.prototype.migrationId = "";

            /**
             * MigrateRequest vm.
             * @member {string} vm
             * @memberof multiverse.v1.MigrateRequest
             * @instance
             */
            MigrateRequest.prototype.vm = "";

            /**
             * MigrateRequest mode.
             * @member {multiverse.v1.MigrateMode} mode
             * @memberof multiverse.v1.MigrateRequest
             * @instance
             */
            MigrateRequest.prototype.mode = 0;

            /**
             * MigrateRequest domainUuid.
             * @member {string} domainUuid
             * @memberof multiverse.v1.MigrateRequest
             * @instance
             */
            MigrateRequest.prototype.domainUuid = "";

            /**
             * MigrateRequest vcpus.
             * @member {number} vcpus
             * @memberof multiverse.v1.MigrateRequest
             * @instance
             */
            MigrateRequest.prototype.vcpus = 0;

            /**
             * MigrateRequest memoryBytes.
             * @member {number|Long} memoryBytes
             * @memberof multiverse.v1.MigrateRequest
             * @instance
             */
            MigrateRequest.prototype.memoryBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MigrateRequest hugepageBytes.
             * @member {number|Long} hugepageBytes
             * @memberof multiverse.v1.MigrateRequest
             * @instance
             */
            MigrateRequest.prototype.hugepageBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MigrateRequest diskBytes.
             * @member {number|Long} diskBytes
             * @memberof multiverse.v1.MigrateRequest
             * @instance
             */
            MigrateRequest.prototype.diskBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MigrateRequest devices.
             * @member {Array.<string>} devices
             * @memberof multiverse.v1.MigrateRequest
             * @instance
             */
            MigrateRequest.prototype.devices = $util.emptyArray;

            /**
             * MigrateRequest group.
             * @member {string} group
             * @memberof multiverse.v1.MigrateRequest
             * @instance
             */
            MigrateRequest.prototype.group = "";

            /**
             * MigrateRequest specJson.
             * @member {string} specJson
             * @memberof multiverse.v1.MigrateRequest
             * @instance
             */
            MigrateRequest.prototype.specJson = "";

            /**
             * MigrateRequest ttlMs.
             * @member {number} ttlMs
             * @memberof multiverse.v1.MigrateRequest
             * @instance
             */
            MigrateRequest.prototype.ttlMs = 0;

            /**
             * MigrateRequest disks.
             * @member {Array.<multiverse.v1.MigrateDisk.$Properties>} disks
             * @memberof multiverse.v1.MigrateRequest
             * @instance
             */
            MigrateRequest.prototype.disks = $util.emptyArray;

            /**
             * MigrateRequest running.
             * @member {boolean} running
             * @memberof multiverse.v1.MigrateRequest
             * @instance
             */
            MigrateRequest.prototype.running = false;

            /**
             * MigrateRequest generation.
             * @member {number|Long} generation
             * @memberof multiverse.v1.MigrateRequest
             * @instance
             */
            MigrateRequest.prototype.generation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new MigrateRequest instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.MigrateRequest
             * @static
             * @param {multiverse.v1.MigrateRequest.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.MigrateRequest} MigrateRequest instance
             * @type {{
             *   (properties: multiverse.v1.MigrateRequest.$Shape): multiverse.v1.MigrateRequest & multiverse.v1.MigrateRequest.$Shape;
             *   (properties?: multiverse.v1.MigrateRequest.$Properties): multiverse.v1.MigrateRequest;
             * }}
             */
            MigrateRequest.create = function(properties) {
                return new MigrateRequest(properties);
            };

            /**
             * Encodes the specified MigrateRequest message. Does not implicitly {@link multiverse.v1.MigrateRequest.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.MigrateRequest
             * @static
             * @param {multiverse.v1.MigrateRequest.$Properties} message MigrateRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MigrateRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId") && message.clusterId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.clusterId);
                if (message.op != null && $Object.hasOwnProperty.call(message, "op") && message.op !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.op);
                if (message.migrationId != null && $Object.hasOwnProperty.call(message, "migrationId") && message.migrationId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.migrationId);
                if (message.vm != null && $Object.hasOwnProperty.call(message, "vm") && message.vm !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.vm);
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.mode);
                if (message.domainUuid != null && $Object.hasOwnProperty.call(message, "domainUuid") && message.domainUuid !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.domainUuid);
                if (message.vcpus != null && $Object.hasOwnProperty.call(message, "vcpus") && message.vcpus !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.vcpus);
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes") && (typeof message.memoryBytes === "object" ? message.memoryBytes.low || message.memoryBytes.high : message.memoryBytes !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.memoryBytes);
                if (message.hugepageBytes != null && $Object.hasOwnProperty.call(message, "hugepageBytes") && (typeof message.hugepageBytes === "object" ? message.hugepageBytes.low || message.hugepageBytes.high : message.hugepageBytes !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.hugepageBytes);
                if (message.diskBytes != null && $Object.hasOwnProperty.call(message, "diskBytes") && (typeof message.diskBytes === "object" ? message.diskBytes.low || message.diskBytes.high : message.diskBytes !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.diskBytes);
                if (message.devices != null && message.devices.length)
                    for (let i = 0; i < message.devices.length; ++i)
                        writer.uint32(/* id 12, wireType 2 =*/98).string(message.devices[i]);
                if (message.group != null && $Object.hasOwnProperty.call(message, "group") && message.group !== "")
                    writer.uint32(/* id 13, wireType 2 =*/106).string(message.group);
                if (message.specJson != null && $Object.hasOwnProperty.call(message, "specJson") && message.specJson !== "")
                    writer.uint32(/* id 14, wireType 2 =*/114).string(message.specJson);
                if (message.ttlMs != null && $Object.hasOwnProperty.call(message, "ttlMs") && message.ttlMs !== 0)
                    writer.uint32(/* id 15, wireType 0 =*/120).uint32(message.ttlMs);
                if (message.disks != null && message.disks.length)
                    for (let i = 0; i < message.disks.length; ++i)
                        $root.multiverse.v1.MigrateDisk.encode(message.disks[i], writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.running != null && $Object.hasOwnProperty.call(message, "running") && message.running !== false)
                    writer.uint32(/* id 17, wireType 0 =*/136).bool(message.running);
                if (message.generation != null && $Object.hasOwnProperty.call(message, "generation") && (typeof message.generation === "object" ? message.generation.low || message.generation.high : message.generation !== 0))
                    writer.uint32(/* id 18, wireType 0 =*/144).uint64(message.generation);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MigrateRequest message, length delimited. Does not implicitly {@link multiverse.v1.MigrateRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.MigrateRequest
             * @static
             * @param {multiverse.v1.MigrateRequest.$Properties} message MigrateRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MigrateRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MigrateRequest message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.MigrateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.MigrateRequest & multiverse.v1.MigrateRequest.$Shape} MigrateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MigrateRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.MigrateRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clusterId = value;
                            else
                                delete message.clusterId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.op = value;
                            else
                                delete message.op;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.migrationId = value;
                            else
                                delete message.migrationId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.vm = value;
                            else
                                delete message.vm;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.mode = value;
                            else
                                delete message.mode;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.domainUuid = value;
                            else
                                delete message.domainUuid;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.vcpus = value;
                            else
                                delete message.vcpus;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryBytes = value;
                            else
                                delete message.memoryBytes;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.hugepageBytes = value;
                            else
                                delete message.hugepageBytes;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.diskBytes = value;
                            else
                                delete message.diskBytes;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if (!(message.devices && message.devices.length))
                                message.devices = [];
                            message.devices.push(reader.stringVerify());
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.group = value;
                            else
                                delete message.group;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.specJson = value;
                            else
                                delete message.specJson;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ttlMs = value;
                            else
                                delete message.ttlMs;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if (!(message.disks && message.disks.length))
                                message.disks = [];
                            message.disks.push($root.multiverse.v1.MigrateDisk.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.running = value;
                            else
                                delete message.running;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.generation = value;
                            else
                                delete message.generation;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MigrateRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.MigrateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.MigrateRequest & multiverse.v1.MigrateRequest.$Shape} MigrateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MigrateRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MigrateRequest message.
             * @function verify
             * @memberof multiverse.v1.MigrateRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MigrateRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isInteger(message.version))
                        return "version: integer expected";
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId"))
                    if (!$util.isString(message.clusterId))
                        return "clusterId: string expected";
                if (message.op != null && $Object.hasOwnProperty.call(message, "op"))
                    if (typeof message.op !== "number" || (message.op | 0) !== message.op)
                        return "op: enum value expected";
                if (message.migrationId != null && $Object.hasOwnProperty.call(message, "migrationId"))
                    if (!$util.isString(message.migrationId))
                        return "migrationId: string expected";
                if (message.vm != null && $Object.hasOwnProperty.call(message, "vm"))
                    if (!$util.isString(message.vm))
                        return "vm: string expected";
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    if (typeof message.mode !== "number" || (message.mode | 0) !== message.mode)
                        return "mode: enum value expected";
                if (message.domainUuid != null && $Object.hasOwnProperty.call(message, "domainUuid"))
                    if (!$util.isString(message.domainUuid))
                        return "domainUuid: string expected";
                if (message.vcpus != null && $Object.hasOwnProperty.call(message, "vcpus"))
                    if (!$util.isInteger(message.vcpus))
                        return "vcpus: integer expected";
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes"))
                    if (!$util.isInteger(message.memoryBytes) && !(message.memoryBytes && $util.isInteger(message.memoryBytes.low) && $util.isInteger(message.memoryBytes.high)))
                        return "memoryBytes: integer|Long expected";
                if (message.hugepageBytes != null && $Object.hasOwnProperty.call(message, "hugepageBytes"))
                    if (!$util.isInteger(message.hugepageBytes) && !(message.hugepageBytes && $util.isInteger(message.hugepageBytes.low) && $util.isInteger(message.hugepageBytes.high)))
                        return "hugepageBytes: integer|Long expected";
                if (message.diskBytes != null && $Object.hasOwnProperty.call(message, "diskBytes"))
                    if (!$util.isInteger(message.diskBytes) && !(message.diskBytes && $util.isInteger(message.diskBytes.low) && $util.isInteger(message.diskBytes.high)))
                        return "diskBytes: integer|Long expected";
                if (message.devices != null && $Object.hasOwnProperty.call(message, "devices")) {
                    if (!$Array.isArray(message.devices))
                        return "devices: array expected";
                    for (let i = 0; i < message.devices.length; ++i)
                        if (!$util.isString(message.devices[i]))
                            return "devices: string[] expected";
                }
                if (message.group != null && $Object.hasOwnProperty.call(message, "group"))
                    if (!$util.isString(message.group))
                        return "group: string expected";
                if (message.specJson != null && $Object.hasOwnProperty.call(message, "specJson"))
                    if (!$util.isString(message.specJson))
                        return "specJson: string expected";
                if (message.ttlMs != null && $Object.hasOwnProperty.call(message, "ttlMs"))
                    if (!$util.isInteger(message.ttlMs))
                        return "ttlMs: integer expected";
                if (message.disks != null && $Object.hasOwnProperty.call(message, "disks")) {
                    if (!$Array.isArray(message.disks))
                        return "disks: array expected";
                    for (let i = 0; i < message.disks.length; ++i) {
                        let error = $root.multiverse.v1.MigrateDisk.verify(message.disks[i], _depth + 1);
                        if (error)
                            return "disks." + error;
                    }
                }
                if (message.running != null && $Object.hasOwnProperty.call(message, "running"))
                    if (typeof message.running !== "boolean")
                        return "running: boolean expected";
                if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                    if (!$util.isInteger(message.generation) && !(message.generation && $util.isInteger(message.generation.low) && $util.isInteger(message.generation.high)))
                        return "generation: integer|Long expected";
                return null;
            };

            /**
             * Creates a MigrateRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.MigrateRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.MigrateRequest} MigrateRequest
             */
            MigrateRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.MigrateRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.MigrateRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.MigrateRequest();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.clusterId != null)
                    if (typeof object.clusterId !== "string" || object.clusterId.length)
                        message.clusterId = $String(object.clusterId);
                if (object.op !== 0 && (typeof object.op !== "string" || $root.multiverse.v1.MigrateOp[object.op] !== 0))
                    switch (object.op) {
                    case "MIGRATE_OP_INVALID":
                    case 0:
                        message.op = 0;
                        break;
                    case "MIGRATE_OP_RESERVE":
                    case 1:
                        message.op = 1;
                        break;
                    case "MIGRATE_OP_PREPARE":
                    case 2:
                        message.op = 2;
                        break;
                    case "MIGRATE_OP_TRANSFER":
                    case 3:
                        message.op = 3;
                        break;
                    case "MIGRATE_OP_COMMIT":
                    case 4:
                        message.op = 4;
                        break;
                    case "MIGRATE_OP_ABORT":
                    case 5:
                        message.op = 5;
                        break;
                    case "MIGRATE_OP_STATUS":
                    case 6:
                        message.op = 6;
                        break;
                    case "MIGRATE_OP_VERIFY":
                    case 7:
                        message.op = 7;
                        break;
                    default:
                        if (typeof object.op === "number" && (object.op | 0) === object.op)
                            message.op = object.op;
                    }
                if (object.migrationId != null)
                    if (typeof object.migrationId !== "string" || object.migrationId.length)
                        message.migrationId = $String(object.migrationId);
                if (object.vm != null)
                    if (typeof object.vm !== "string" || object.vm.length)
                        message.vm = $String(object.vm);
                if (object.mode !== 0 && (typeof object.mode !== "string" || $root.multiverse.v1.MigrateMode[object.mode] !== 0))
                    switch (object.mode) {
                    case "MIGRATE_MODE_INVALID":
                    case 0:
                        message.mode = 0;
                        break;
                    case "MIGRATE_MODE_LIVE":
                    case 1:
                        message.mode = 1;
                        break;
                    case "MIGRATE_MODE_OFFLINE":
                    case 2:
                        message.mode = 2;
                        break;
                    default:
                        if (typeof object.mode === "number" && (object.mode | 0) === object.mode)
                            message.mode = object.mode;
                    }
                if (object.domainUuid != null)
                    if (typeof object.domainUuid !== "string" || object.domainUuid.length)
                        message.domainUuid = $String(object.domainUuid);
                if (object.vcpus != null)
                    if ($Number(object.vcpus) !== 0)
                        message.vcpus = object.vcpus >>> 0;
                if (object.memoryBytes != null)
                    if (typeof object.memoryBytes === "object" ? object.memoryBytes.low || object.memoryBytes.high : $Number(object.memoryBytes) !== 0)
                        if ($util.Long)
                            message.memoryBytes = $util.Long.fromValue(object.memoryBytes, true);
                        else if (typeof object.memoryBytes === "string")
                            message.memoryBytes = $parseInt(object.memoryBytes, 10);
                        else if (typeof object.memoryBytes === "number")
                            message.memoryBytes = object.memoryBytes;
                        else if (typeof object.memoryBytes === "object")
                            message.memoryBytes = new $util.LongBits(object.memoryBytes.low >>> 0, object.memoryBytes.high >>> 0).toNumber(true);
                if (object.hugepageBytes != null)
                    if (typeof object.hugepageBytes === "object" ? object.hugepageBytes.low || object.hugepageBytes.high : $Number(object.hugepageBytes) !== 0)
                        if ($util.Long)
                            message.hugepageBytes = $util.Long.fromValue(object.hugepageBytes, true);
                        else if (typeof object.hugepageBytes === "string")
                            message.hugepageBytes = $parseInt(object.hugepageBytes, 10);
                        else if (typeof object.hugepageBytes === "number")
                            message.hugepageBytes = object.hugepageBytes;
                        else if (typeof object.hugepageBytes === "object")
                            message.hugepageBytes = new $util.LongBits(object.hugepageBytes.low >>> 0, object.hugepageBytes.high >>> 0).toNumber(true);
                if (object.diskBytes != null)
                    if (typeof object.diskBytes === "object" ? object.diskBytes.low || object.diskBytes.high : $Number(object.diskBytes) !== 0)
                        if ($util.Long)
                            message.diskBytes = $util.Long.fromValue(object.diskBytes, true);
                        else if (typeof object.diskBytes === "string")
                            message.diskBytes = $parseInt(object.diskBytes, 10);
                        else if (typeof object.diskBytes === "number")
                            message.diskBytes = object.diskBytes;
                        else if (typeof object.diskBytes === "object")
                            message.diskBytes = new $util.LongBits(object.diskBytes.low >>> 0, object.diskBytes.high >>> 0).toNumber(true);
                if (object.devices) {
                    if (!$Array.isArray(object.devices))
                        throw $TypeError(".multiverse.v1.MigrateRequest.devices: array expected");
                    message.devices = $Array(object.devices.length);
                    for (let i = 0; i < object.devices.length; ++i)
                        message.devices[i] = $String(object.devices[i]);
                }
                if (object.group != null)
                    if (typeof object.group !== "string" || object.group.length)
                        message.group = $String(object.group);
                if (object.specJson != null)
                    if (typeof object.specJson !== "string" || object.specJson.length)
                        message.specJson = $String(object.specJson);
                if (object.ttlMs != null)
                    if ($Number(object.ttlMs) !== 0)
                        message.ttlMs = object.ttlMs >>> 0;
                if (object.disks) {
                    if (!$Array.isArray(object.disks))
                        throw $TypeError(".multiverse.v1.MigrateRequest.disks: array expected");
                    message.disks = $Array(object.disks.length);
                    for (let i = 0; i < object.disks.length; ++i) {
                        if (!$util.isObject(object.disks[i]))
                            throw $TypeError(".multiverse.v1.MigrateRequest.disks: object expected");
                        message.disks[i] = $root.multiverse.v1.MigrateDisk.fromObject(object.disks[i], _depth + 1);
                    }
                }
                if (object.running != null)
                    if (object.running)
                        message.running = $Boolean(object.running);
                if (object.generation != null)
                    if (typeof object.generation === "object" ? object.generation.low || object.generation.high : $Number(object.generation) !== 0)
                        if ($util.Long)
                            message.generation = $util.Long.fromValue(object.generation, true);
                        else if (typeof object.generation === "string")
                            message.generation = $parseInt(object.generation, 10);
                        else if (typeof object.generation === "number")
                            message.generation = object.generation;
                        else if (typeof object.generation === "object")
                            message.generation = new $util.LongBits(object.generation.low >>> 0, object.generation.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a MigrateRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.MigrateRequest
             * @static
             * @param {multiverse.v1.MigrateRequest} message MigrateRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MigrateRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.devices = [];
                    object.disks = [];
                }
                if (options.defaults) {
                    object.version = 0;
                    object.clusterId = "";
                    object.op = options.enums === $String ? "MIGRATE_OP_INVALID" : 0;
                    object.migrationId = "";
                    object.vm = "";
                    object.mode = options.enums === $String ? "MIGRATE_MODE_INVALID" : 0;
                    object.domainUuid = "";
                    object.vcpus = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memoryBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.hugepageBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.hugepageBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.diskBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.diskBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.group = "";
                    object.specJson = "";
                    object.ttlMs = 0;
                    object.running = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.generation = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.generation = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId"))
                    object.clusterId = message.clusterId;
                if (message.op != null && $Object.hasOwnProperty.call(message, "op"))
                    object.op = options.enums === $String ? $root.multiverse.v1.MigrateOp[message.op] === $undefined ? message.op : $root.multiverse.v1.MigrateOp[message.op] : message.op;
                if (message.migrationId != null && $Object.hasOwnProperty.call(message, "migrationId"))
                    object.migrationId = message.migrationId;
                if (message.vm != null && $Object.hasOwnProperty.call(message, "vm"))
                    object.vm = message.vm;
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    object.mode = options.enums === $String ? $root.multiverse.v1.MigrateMode[message.mode] === $undefined ? message.mode : $root.multiverse.v1.MigrateMode[message.mode] : message.mode;
                if (message.domainUuid != null && $Object.hasOwnProperty.call(message, "domainUuid"))
                    object.domainUuid = message.domainUuid;
                if (message.vcpus != null && $Object.hasOwnProperty.call(message, "vcpus"))
                    object.vcpus = message.vcpus;
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryBytes = typeof message.memoryBytes === "number" ? $BigInt(message.memoryBytes) : $util.Long.fromBits(message.memoryBytes.low >>> 0, message.memoryBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.memoryBytes === "number")
                        object.memoryBytes = options.longs === $String ? $String(message.memoryBytes) : message.memoryBytes;
                    else
                        object.memoryBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryBytes) : options.longs === $Number ? new $util.LongBits(message.memoryBytes.low >>> 0, message.memoryBytes.high >>> 0).toNumber(true) : message.memoryBytes;
                if (message.hugepageBytes != null && $Object.hasOwnProperty.call(message, "hugepageBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.hugepageBytes = typeof message.hugepageBytes === "number" ? $BigInt(message.hugepageBytes) : $util.Long.fromBits(message.hugepageBytes.low >>> 0, message.hugepageBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.hugepageBytes === "number")
                        object.hugepageBytes = options.longs === $String ? $String(message.hugepageBytes) : message.hugepageBytes;
                    else
                        object.hugepageBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.hugepageBytes) : options.longs === $Number ? new $util.LongBits(message.hugepageBytes.low >>> 0, message.hugepageBytes.high >>> 0).toNumber(true) : message.hugepageBytes;
                if (message.diskBytes != null && $Object.hasOwnProperty.call(message, "diskBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.diskBytes = typeof message.diskBytes === "number" ? $BigInt(message.diskBytes) : $util.Long.fromBits(message.diskBytes.low >>> 0, message.diskBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.diskBytes === "number")
                        object.diskBytes = options.longs === $String ? $String(message.diskBytes) : message.diskBytes;
                    else
                        object.diskBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.diskBytes) : options.longs === $Number ? new $util.LongBits(message.diskBytes.low >>> 0, message.diskBytes.high >>> 0).toNumber(true) : message.diskBytes;
                if (message.devices && message.devices.length) {
                    object.devices = $Array(message.devices.length);
                    for (let j = 0; j < message.devices.length; ++j)
                        object.devices[j] = message.devices[j];
                }
                if (message.group != null && $Object.hasOwnProperty.call(message, "group"))
                    object.group = message.group;
                if (message.specJson != null && $Object.hasOwnProperty.call(message, "specJson"))
                    object.specJson = message.specJson;
                if (message.ttlMs != null && $Object.hasOwnProperty.call(message, "ttlMs"))
                    object.ttlMs = message.ttlMs;
                if (message.disks && message.disks.length) {
                    object.disks = $Array(message.disks.length);
                    for (let j = 0; j < message.disks.length; ++j)
                        object.disks[j] = $root.multiverse.v1.MigrateDisk.toObject(message.disks[j], options, _depth + 1);
                }
                if (message.running != null && $Object.hasOwnProperty.call(message, "running"))
                    object.running = message.running;
                if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.generation = typeof message.generation === "number" ? $BigInt(message.generation) : $util.Long.fromBits(message.generation.low >>> 0, message.generation.high >>> 0, true).toBigInt();
                    else if (typeof message.generation === "number")
                        object.generation = options.longs === $String ? $String(message.generation) : message.generation;
                    else
                        object.generation = options.longs === $String ? $util.Long.prototype.toString.call(message.generation) : options.longs === $Number ? new $util.LongBits(message.generation.low >>> 0, message.generation.high >>> 0).toNumber(true) : message.generation;
                return object;
            };

            /**
             * Converts this MigrateRequest to JSON.
             * @function toJSON
             * @memberof multiverse.v1.MigrateRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MigrateRequest.prototype.toJSON = function() {
                return MigrateRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return MigrateRequest;
        })();

        v1.MigrateResponse = (function() {

            /**
             * Properties of a MigrateResponse.
             * @typedef {Object} multiverse.v1.MigrateResponse.$Properties
             * @property {number|null} [version] MigrateResponse version
             * @property {string|null} [errorKind] MigrateResponse errorKind
             * @property {string|null} [errorName] MigrateResponse errorName
             * @property {string|null} [errorMessage] MigrateResponse errorMessage
             * @property {string|null} [errorHint] MigrateResponse errorHint
             * @property {Uint8Array|null} [token] MigrateResponse token
             * @property {Array.<string>|null} [diskPaths] MigrateResponse diskPaths
             * @property {string|null} [consolePath] MigrateResponse consolePath
             * @property {number|null} [memoryPort] MigrateResponse memoryPort
             * @property {number|null} [disksPort] MigrateResponse disksPort
             * @property {string|null} [step] MigrateResponse step
             * @property {number|null} [downtimeMs] MigrateResponse downtimeMs
             * @property {number|null} [dataPort] MigrateResponse dataPort
             * @property {number|null} [memoryNativePort] MigrateResponse memoryNativePort
             * @property {number|null} [disksNativePort] MigrateResponse disksNativePort
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MigrateResponse.
             * @memberof multiverse.v1
             * @interface IMigrateResponse
             * @augments multiverse.v1.MigrateResponse.$Properties
             * @deprecated Use multiverse.v1.MigrateResponse.$Properties instead.
             */

            /**
             * Shape of a MigrateResponse.
             * @typedef {multiverse.v1.MigrateResponse.$Properties} multiverse.v1.MigrateResponse.$Shape
             */

            /**
             * Constructs a new MigrateResponse.
             * @memberof multiverse.v1
             * @classdesc Represents a MigrateResponse.
             * @constructor
             * @param {multiverse.v1.MigrateResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MigrateResponse = function (properties) {
                this.diskPaths = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MigrateResponse version.
             * @member {number} version
             * @memberof multiverse.v1.MigrateResponse
             * @instance
             */
            MigrateResponse.prototype.version = 0;

            /**
             * MigrateResponse errorKind.
             * @member {string} errorKind
             * @memberof multiverse.v1.MigrateResponse
             * @instance
             */
            MigrateResponse.prototype.errorKind = "";

            /**
             * MigrateResponse errorName.
             * @member {string} errorName
             * @memberof multiverse.v1.MigrateResponse
             * @instance
             */
            MigrateResponse.prototype.errorName = "";

            /**
             * MigrateResponse errorMessage.
             * @member {string} errorMessage
             * @memberof multiverse.v1.MigrateResponse
             * @instance
             */
            MigrateResponse.prototype.errorMessage = "";

            /**
             * MigrateResponse errorHint.
             * @member {string} errorHint
             * @memberof multiverse.v1.MigrateResponse
             * @instance
             */
            MigrateResponse.prototype.errorHint = "";

            /**
             * MigrateResponse token.
             * @member {Uint8Array} token
             * @memberof multiverse.v1.MigrateResponse
             * @instance
             */
            MigrateResponse.prototype.token = $util.newBuffer([]);

            /**
             * MigrateResponse diskPaths.
             * @member {Array.<string>} diskPaths
             * @memberof multiverse.v1.MigrateResponse
             * @instance
             */
            MigrateResponse.prototype.diskPaths = $util.emptyArray;

            /**
             * MigrateResponse consolePath.
             * @member {string} consolePath
             * @memberof multiverse.v1.MigrateResponse
             * @instance
             */
            MigrateResponse.prototype.consolePath = "";

            /**
             * MigrateResponse memoryPort.
             * @member {number} memoryPort
             * @memberof multiverse.v1.MigrateResponse
             * @instance
             */
            MigrateResponse.prototype.memoryPort = 0;

            /**
             * MigrateResponse disksPort.
             * @member {number} disksPort
             * @memberof multiverse.v1.MigrateResponse
             * @instance
             */
            MigrateResponse.prototype.disksPort = 0;

            /**
             * MigrateResponse step.
             * @member {string} step
             * @memberof multiverse.v1.MigrateResponse
             * @instance
             */
            MigrateResponse.prototype.step = "";

            /**
             * MigrateResponse downtimeMs.
             * @member {number} downtimeMs
             * @memberof multiverse.v1.MigrateResponse
             * @instance
             */
            MigrateResponse.prototype.downtimeMs = 0;

            /**
             * MigrateResponse dataPort.
             * @member {number} dataPort
             * @memberof multiverse.v1.MigrateResponse
             * @instance
             */
            MigrateResponse.prototype.dataPort = 0;

            /**
             * MigrateResponse memoryNativePort.
             * @member {number} memoryNativePort
             * @memberof multiverse.v1.MigrateResponse
             * @instance
             */
            MigrateResponse.prototype.memoryNativePort = 0;

            /**
             * MigrateResponse disksNativePort.
             * @member {number} disksNativePort
             * @memberof multiverse.v1.MigrateResponse
             * @instance
             */
            MigrateResponse.prototype.disksNativePort = 0;

            /**
             * Creates a new MigrateResponse instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.MigrateResponse
             * @static
             * @param {multiverse.v1.MigrateResponse.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.MigrateResponse} MigrateResponse instance
             * @type {{
             *   (properties: multiverse.v1.MigrateResponse.$Shape): multiverse.v1.MigrateResponse & multiverse.v1.MigrateResponse.$Shape;
             *   (properties?: multiverse.v1.MigrateResponse.$Properties): multiverse.v1.MigrateResponse;
             * }}
             */
            MigrateResponse.create = function(properties) {
                return new MigrateResponse(properties);
            };

            /**
             * Encodes the specified MigrateResponse message. Does not implicitly {@link multiverse.v1.MigrateResponse.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.MigrateResponse
             * @static
             * @param {multiverse.v1.MigrateResponse.$Properties} message MigrateResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MigrateResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.errorKind != null && $Object.hasOwnProperty.call(message, "errorKind") && message.errorKind !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.errorKind);
                if (message.errorName != null && $Object.hasOwnProperty.call(message, "errorName") && message.errorName !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.errorName);
                if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage") && message.errorMessage !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.errorMessage);
                if (message.errorHint != null && $Object.hasOwnProperty.call(message, "errorHint") && message.errorHint !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.errorHint);
                if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.token);
                if (message.diskPaths != null && message.diskPaths.length)
                    for (let i = 0; i < message.diskPaths.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.diskPaths[i]);
                if (message.consolePath != null && $Object.hasOwnProperty.call(message, "consolePath") && message.consolePath !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.consolePath);
                if (message.memoryPort != null && $Object.hasOwnProperty.call(message, "memoryPort") && message.memoryPort !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.memoryPort);
                if (message.disksPort != null && $Object.hasOwnProperty.call(message, "disksPort") && message.disksPort !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.disksPort);
                if (message.step != null && $Object.hasOwnProperty.call(message, "step") && message.step !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.step);
                if (message.downtimeMs != null && $Object.hasOwnProperty.call(message, "downtimeMs") && message.downtimeMs !== 0)
                    writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.downtimeMs);
                if (message.dataPort != null && $Object.hasOwnProperty.call(message, "dataPort") && message.dataPort !== 0)
                    writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.dataPort);
                if (message.memoryNativePort != null && $Object.hasOwnProperty.call(message, "memoryNativePort") && message.memoryNativePort !== 0)
                    writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.memoryNativePort);
                if (message.disksNativePort != null && $Object.hasOwnProperty.call(message, "disksNativePort") && message.disksNativePort !== 0)
                    writer.uint32(/* id 15, wireType 0 =*/120).uint32(message.disksNativePort);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MigrateResponse message, length delimited. Does not implicitly {@link multiverse.v1.MigrateResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.MigrateResponse
             * @static
             * @param {multiverse.v1.MigrateResponse.$Properties} message MigrateResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MigrateResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MigrateResponse message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.MigrateResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.MigrateResponse & multiverse.v1.MigrateResponse.$Shape} MigrateResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MigrateResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.MigrateResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.errorKind = value;
                            else
                                delete message.errorKind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.errorName = value;
                            else
                                delete message.errorName;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.errorMessage = value;
                            else
                                delete message.errorMessage;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.errorHint = value;
                            else
                                delete message.errorHint;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.token = value;
                            else
                                delete message.token;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.diskPaths && message.diskPaths.length))
                                message.diskPaths = [];
                            message.diskPaths.push(reader.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.consolePath = value;
                            else
                                delete message.consolePath;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.memoryPort = value;
                            else
                                delete message.memoryPort;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.disksPort = value;
                            else
                                delete message.disksPort;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.step = value;
                            else
                                delete message.step;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.downtimeMs = value;
                            else
                                delete message.downtimeMs;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dataPort = value;
                            else
                                delete message.dataPort;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.memoryNativePort = value;
                            else
                                delete message.memoryNativePort;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.disksNativePort = value;
                            else
                                delete message.disksNativePort;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MigrateResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.MigrateResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.MigrateResponse & multiverse.v1.MigrateResponse.$Shape} MigrateResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MigrateResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MigrateResponse message.
             * @function verify
             * @memberof multiverse.v1.MigrateResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MigrateResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isInteger(message.version))
                        return "version: integer expected";
                if (message.errorKind != null && $Object.hasOwnProperty.call(message, "errorKind"))
                    if (!$util.isString(message.errorKind))
                        return "errorKind: string expected";
                if (message.errorName != null && $Object.hasOwnProperty.call(message, "errorName"))
                    if (!$util.isString(message.errorName))
                        return "errorName: string expected";
                if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage"))
                    if (!$util.isString(message.errorMessage))
                        return "errorMessage: string expected";
                if (message.errorHint != null && $Object.hasOwnProperty.call(message, "errorHint"))
                    if (!$util.isString(message.errorHint))
                        return "errorHint: string expected";
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    if (!(message.token && typeof message.token.length === "number" || $util.isString(message.token)))
                        return "token: buffer expected";
                if (message.diskPaths != null && $Object.hasOwnProperty.call(message, "diskPaths")) {
                    if (!$Array.isArray(message.diskPaths))
                        return "diskPaths: array expected";
                    for (let i = 0; i < message.diskPaths.length; ++i)
                        if (!$util.isString(message.diskPaths[i]))
                            return "diskPaths: string[] expected";
                }
                if (message.consolePath != null && $Object.hasOwnProperty.call(message, "consolePath"))
                    if (!$util.isString(message.consolePath))
                        return "consolePath: string expected";
                if (message.memoryPort != null && $Object.hasOwnProperty.call(message, "memoryPort"))
                    if (!$util.isInteger(message.memoryPort))
                        return "memoryPort: integer expected";
                if (message.disksPort != null && $Object.hasOwnProperty.call(message, "disksPort"))
                    if (!$util.isInteger(message.disksPort))
                        return "disksPort: integer expected";
                if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                    if (!$util.isString(message.step))
                        return "step: string expected";
                if (message.downtimeMs != null && $Object.hasOwnProperty.call(message, "downtimeMs"))
                    if (!$util.isInteger(message.downtimeMs))
                        return "downtimeMs: integer expected";
                if (message.dataPort != null && $Object.hasOwnProperty.call(message, "dataPort"))
                    if (!$util.isInteger(message.dataPort))
                        return "dataPort: integer expected";
                if (message.memoryNativePort != null && $Object.hasOwnProperty.call(message, "memoryNativePort"))
                    if (!$util.isInteger(message.memoryNativePort))
                        return "memoryNativePort: integer expected";
                if (message.disksNativePort != null && $Object.hasOwnProperty.call(message, "disksNativePort"))
                    if (!$util.isInteger(message.disksNativePort))
                        return "disksNativePort: integer expected";
                return null;
            };

            /**
             * Creates a MigrateResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.MigrateResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.MigrateResponse} MigrateResponse
             */
            MigrateResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.MigrateResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.MigrateResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.MigrateResponse();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.errorKind != null)
                    if (typeof object.errorKind !== "string" || object.errorKind.length)
                        message.errorKind = $String(object.errorKind);
                if (object.errorName != null)
                    if (typeof object.errorName !== "string" || object.errorName.length)
                        message.errorName = $String(object.errorName);
                if (object.errorMessage != null)
                    if (typeof object.errorMessage !== "string" || object.errorMessage.length)
                        message.errorMessage = $String(object.errorMessage);
                if (object.errorHint != null)
                    if (typeof object.errorHint !== "string" || object.errorHint.length)
                        message.errorHint = $String(object.errorHint);
                if (object.token != null)
                    if (object.token.length)
                        if (typeof object.token === "string")
                            $util.base64.decode(object.token, message.token = $util.newBuffer($util.base64.length(object.token)), 0);
                        else if (object.token.length >= 0)
                            message.token = object.token;
                if (object.diskPaths) {
                    if (!$Array.isArray(object.diskPaths))
                        throw $TypeError(".multiverse.v1.MigrateResponse.diskPaths: array expected");
                    message.diskPaths = $Array(object.diskPaths.length);
                    for (let i = 0; i < object.diskPaths.length; ++i)
                        message.diskPaths[i] = $String(object.diskPaths[i]);
                }
                if (object.consolePath != null)
                    if (typeof object.consolePath !== "string" || object.consolePath.length)
                        message.consolePath = $String(object.consolePath);
                if (object.memoryPort != null)
                    if ($Number(object.memoryPort) !== 0)
                        message.memoryPort = object.memoryPort >>> 0;
                if (object.disksPort != null)
                    if ($Number(object.disksPort) !== 0)
                        message.disksPort = object.disksPort >>> 0;
                if (object.step != null)
                    if (typeof object.step !== "string" || object.step.length)
                        message.step = $String(object.step);
                if (object.downtimeMs != null)
                    if ($Number(object.downtimeMs) !== 0)
                        message.downtimeMs = object.downtimeMs >>> 0;
                if (object.dataPort != null)
                    if ($Number(object.dataPort) !== 0)
                        message.dataPort = object.dataPort >>> 0;
                if (object.memoryNativePort != null)
                    if ($Number(object.memoryNativePort) !== 0)
                        message.memoryNativePort = object.memoryNativePort >>> 0;
                if (object.disksNativePort != null)
                    if ($Number(object.disksNativePort) !== 0)
                        message.disksNativePort = object.disksNativePort >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a MigrateResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.MigrateResponse
             * @static
             * @param {multiverse.v1.MigrateResponse} message MigrateResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MigrateResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.diskPaths = [];
                if (options.defaults) {
                    object.version = 0;
                    object.errorKind = "";
                    object.errorName = "";
                    object.errorMessage = "";
                    object.errorHint = "";
                    if (options.bytes === $String)
                        object.token = "";
                    else {
                        object.token = [];
                        if (options.bytes !== $Array)
                            object.token = $util.newBuffer(object.token);
                    }
                    object.consolePath = "";
                    object.memoryPort = 0;
                    object.disksPort = 0;
                    object.step = "";
                    object.downtimeMs = 0;
                    object.dataPort = 0;
                    object.memoryNativePort = 0;
                    object.disksNativePort = 0;
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.errorKind != null && $Object.hasOwnProperty.call(message, "errorKind"))
                    object.errorKind = message.errorKind;
                if (message.errorName != null && $Object.hasOwnProperty.call(message, "errorName"))
                    object.errorName = message.errorName;
                if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage"))
                    object.errorMessage = message.errorMessage;
                if (message.errorHint != null && $Object.hasOwnProperty.call(message, "errorHint"))
                    object.errorHint = message.errorHint;
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    object.token = options.bytes === $String ? $util.base64.encode(message.token, 0, message.token.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.token) : message.token;
                if (message.diskPaths && message.diskPaths.length) {
                    object.diskPaths = $Array(message.diskPaths.length);
                    for (let j = 0; j < message.diskPaths.length; ++j)
                        object.diskPaths[j] = message.diskPaths[j];
                }
                if (message.consolePath != null && $Object.hasOwnProperty.call(message, "consolePath"))
                    object.consolePath = message.consolePath;
                if (message.memoryPort != null && $Object.hasOwnProperty.call(message, "memoryPort"))
                    object.memoryPort = message.memoryPort;
                if (message.disksPort != null && $Object.hasOwnProperty.call(message, "disksPort"))
                    object.disksPort = message.disksPort;
                if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                    object.step = message.step;
                if (message.downtimeMs != null && $Object.hasOwnProperty.call(message, "downtimeMs"))
                    object.downtimeMs = message.downtimeMs;
                if (message.dataPort != null && $Object.hasOwnProperty.call(message, "dataPort"))
                    object.dataPort = message.dataPort;
                if (message.memoryNativePort != null && $Object.hasOwnProperty.call(message, "memoryNativePort"))
                    object.memoryNativePort = message.memoryNativePort;
                if (message.disksNativePort != null && $Object.hasOwnProperty.call(message, "disksNativePort"))
                    object.disksNativePort = message.disksNativePort;
                return object;
            };

            /**
             * Converts this MigrateResponse to JSON.
             * @function toJSON
             * @memberof multiverse.v1.MigrateResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MigrateResponse.prototype.toJSON = function() {
                return MigrateResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return MigrateResponse;
        })();

        v1.MigrateCommand = (function() {

            /**
             * Properties of a MigrateCommand.
             * @typedef {Object} multiverse.v1.MigrateCommand.$Properties
             * @property {number|null} [version] MigrateCommand version
             * @property {string|null} [clusterId] MigrateCommand clusterId
             * @property {string|null} [route] MigrateCommand route
             * @property {string|null} [requestJson] MigrateCommand requestJson
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MigrateCommand.
             * @memberof multiverse.v1
             * @interface IMigrateCommand
             * @augments multiverse.v1.MigrateCommand.$Properties
             * @deprecated Use multiverse.v1.MigrateCommand.$Properties instead.
             */

            /**
             * Shape of a MigrateCommand.
             * @typedef {multiverse.v1.MigrateCommand.$Properties} multiverse.v1.MigrateCommand.$Shape
             */

            /**
             * Constructs a new MigrateCommand.
             * @memberof multiverse.v1
             * @classdesc Represents a MigrateCommand.
             * @constructor
             * @param {multiverse.v1.MigrateCommand.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MigrateCommand = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MigrateCommand version.
             * @member {number} version
             * @memberof multiverse.v1.MigrateCommand
             * @instance
             */
            MigrateCommand.prototype.version = 0;

            /**
             * MigrateCommand clusterId.
             * @member {string} clusterId
             * @memberof multiverse.v1.MigrateCommand
             * @instance
             */
            MigrateCommand.prototype.clusterId = "";

            /**
             * MigrateCommand route.
             * @member {string} route
             * @memberof multiverse.v1.MigrateCommand
             * @instance
             */
            MigrateCommand.prototype.route = "";

            /**
             * MigrateCommand requestJson.
             * @member {string} requestJson
             * @memberof multiverse.v1.MigrateCommand
             * @instance
             */
            MigrateCommand.prototype.requestJson = "";

            /**
             * Creates a new MigrateCommand instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.MigrateCommand
             * @static
             * @param {multiverse.v1.MigrateCommand.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.MigrateCommand} MigrateCommand instance
             * @type {{
             *   (properties: multiverse.v1.MigrateCommand.$Shape): multiverse.v1.MigrateCommand & multiverse.v1.MigrateCommand.$Shape;
             *   (properties?: multiverse.v1.MigrateCommand.$Properties): multiverse.v1.MigrateCommand;
             * }}
             */
            MigrateCommand.create = function(properties) {
                return new MigrateCommand(properties);
            };

            /**
             * Encodes the specified MigrateCommand message. Does not implicitly {@link multiverse.v1.MigrateCommand.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.MigrateCommand
             * @static
             * @param {multiverse.v1.MigrateCommand.$Properties} message MigrateCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MigrateCommand.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId") && message.clusterId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.clusterId);
                if (message.route != null && $Object.hasOwnProperty.call(message, "route") && message.route !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.route);
                if (message.requestJson != null && $Object.hasOwnProperty.call(message, "requestJson") && message.requestJson !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.requestJson);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MigrateCommand message, length delimited. Does not implicitly {@link multiverse.v1.MigrateCommand.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.MigrateCommand
             * @static
             * @param {multiverse.v1.MigrateCommand.$Properties} message MigrateCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MigrateCommand.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MigrateCommand message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.MigrateCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.MigrateCommand & multiverse.v1.MigrateCommand.$Shape} MigrateCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MigrateCommand.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.MigrateCommand();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clusterId = value;
                            else
                                delete message.clusterId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.route = value;
                            else
                                delete message.route;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestJson = value;
                            else
                                delete message.requestJson;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MigrateCommand message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.MigrateCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.MigrateCommand & multiverse.v1.MigrateCommand.$Shape} MigrateCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MigrateCommand.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MigrateCommand message.
             * @function verify
             * @memberof multiverse.v1.MigrateCommand
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MigrateCommand.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isInteger(message.version))
                        return "version: integer expected";
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId"))
                    if (!$util.isString(message.clusterId))
                        return "clusterId: string expected";
                if (message.route != null && $Object.hasOwnProperty.call(message, "route"))
                    if (!$util.isString(message.route))
                        return "route: string expected";
                if (message.requestJson != null && $Object.hasOwnProperty.call(message, "requestJson"))
                    if (!$util.isString(message.requestJson))
                        return "requestJson: string expected";
                return null;
            };

            /**
             * Creates a MigrateCommand message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.MigrateCommand
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.MigrateCommand} MigrateCommand
             */
            MigrateCommand.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.MigrateCommand)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.MigrateCommand: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.MigrateCommand();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.clusterId != null)
                    if (typeof object.clusterId !== "string" || object.clusterId.length)
                        message.clusterId = $String(object.clusterId);
                if (object.route != null)
                    if (typeof object.route !== "string" || object.route.length)
                        message.route = $String(object.route);
                if (object.requestJson != null)
                    if (typeof object.requestJson !== "string" || object.requestJson.length)
                        message.requestJson = $String(object.requestJson);
                return message;
            };

            /**
             * Creates a plain object from a MigrateCommand message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.MigrateCommand
             * @static
             * @param {multiverse.v1.MigrateCommand} message MigrateCommand
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MigrateCommand.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.version = 0;
                    object.clusterId = "";
                    object.route = "";
                    object.requestJson = "";
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId"))
                    object.clusterId = message.clusterId;
                if (message.route != null && $Object.hasOwnProperty.call(message, "route"))
                    object.route = message.route;
                if (message.requestJson != null && $Object.hasOwnProperty.call(message, "requestJson"))
                    object.requestJson = message.requestJson;
                return object;
            };

            /**
             * Converts this MigrateCommand to JSON.
             * @function toJSON
             * @memberof multiverse.v1.MigrateCommand
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MigrateCommand.prototype.toJSON = function() {
                return MigrateCommand.toObject(this, $protobuf.util.toJSONOptions);
            };

            return MigrateCommand;
        })();

        v1.MigrateCommandAnswer = (function() {

            /**
             * Properties of a MigrateCommandAnswer.
             * @typedef {Object} multiverse.v1.MigrateCommandAnswer.$Properties
             * @property {number|null} [version] MigrateCommandAnswer version
             * @property {string|null} [errorKind] MigrateCommandAnswer errorKind
             * @property {string|null} [errorName] MigrateCommandAnswer errorName
             * @property {string|null} [errorMessage] MigrateCommandAnswer errorMessage
             * @property {string|null} [errorHint] MigrateCommandAnswer errorHint
             * @property {string|null} [answerJson] MigrateCommandAnswer answerJson
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MigrateCommandAnswer.
             * @memberof multiverse.v1
             * @interface IMigrateCommandAnswer
             * @augments multiverse.v1.MigrateCommandAnswer.$Properties
             * @deprecated Use multiverse.v1.MigrateCommandAnswer.$Properties instead.
             */

            /**
             * Shape of a MigrateCommandAnswer.
             * @typedef {multiverse.v1.MigrateCommandAnswer.$Properties} multiverse.v1.MigrateCommandAnswer.$Shape
             */

            /**
             * Constructs a new MigrateCommandAnswer.
             * @memberof multiverse.v1
             * @classdesc Represents a MigrateCommandAnswer.
             * @constructor
             * @param {multiverse.v1.MigrateCommandAnswer.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MigrateCommandAnswer = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MigrateCommandAnswer version.
             * @member {number} version
             * @memberof multiverse.v1.MigrateCommandAnswer
             * @instance
             */
            MigrateCommandAnswer.prototype.version = 0;

            /**
             * MigrateCommandAnswer errorKind.
             * @member {string} errorKind
             * @memberof multiverse.v1.MigrateCommandAnswer
             * @instance
             */
            MigrateCommandAnswer.prototype.errorKind = "";

            /**
             * MigrateCommandAnswer errorName.
             * @member {string} errorName
             * @memberof multiverse.v1.MigrateCommandAnswer
             * @instance
             */
            MigrateCommandAnswer.prototype.errorName = "";

            /**
             * MigrateCommandAnswer errorMessage.
             * @member {string} errorMessage
             * @memberof multiverse.v1.MigrateCommandAnswer
             * @instance
             */
            MigrateCommandAnswer.prototype.errorMessage = "";

            /**
             * MigrateCommandAnswer errorHint.
             * @member {string} errorHint
             * @memberof multiverse.v1.MigrateCommandAnswer
             * @instance
             */
            MigrateCommandAnswer.prototype.errorHint = "";

            /**
             * MigrateCommandAnswer answerJson.
             * @member {string} answerJson
             * @memberof multiverse.v1.MigrateCommandAnswer
             * @instance
             */
            MigrateCommandAnswer.prototype.answerJson = "";

            /**
             * Creates a new MigrateCommandAnswer instance using the specified properties.
             * @function create
             * @memberof multiverse.v1.MigrateCommandAnswer
             * @static
             * @param {multiverse.v1.MigrateCommandAnswer.$Properties=} [properties] Properties to set
             * @returns {multiverse.v1.MigrateCommandAnswer} MigrateCommandAnswer instance
             * @type {{
             *   (properties: multiverse.v1.MigrateCommandAnswer.$Shape): multiverse.v1.MigrateCommandAnswer & multiverse.v1.MigrateCommandAnswer.$Shape;
             *   (properties?: multiverse.v1.MigrateCommandAnswer.$Properties): multiverse.v1.MigrateCommandAnswer;
             * }}
             */
            MigrateCommandAnswer.create = function(properties) {
                return new MigrateCommandAnswer(properties);
            };

            /**
             * Encodes the specified MigrateCommandAnswer message. Does not implicitly {@link multiverse.v1.MigrateCommandAnswer.verify|verify} messages.
             * @function encode
             * @memberof multiverse.v1.MigrateCommandAnswer
             * @static
             * @param {multiverse.v1.MigrateCommandAnswer.$Properties} message MigrateCommandAnswer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MigrateCommandAnswer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.errorKind != null && $Object.hasOwnProperty.call(message, "errorKind") && message.errorKind !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.errorKind);
                if (message.errorName != null && $Object.hasOwnProperty.call(message, "errorName") && message.errorName !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.errorName);
                if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage") && message.errorMessage !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.errorMessage);
                if (message.errorHint != null && $Object.hasOwnProperty.call(message, "errorHint") && message.errorHint !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.errorHint);
                if (message.answerJson != null && $Object.hasOwnProperty.call(message, "answerJson") && message.answerJson !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.answerJson);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MigrateCommandAnswer message, length delimited. Does not implicitly {@link multiverse.v1.MigrateCommandAnswer.verify|verify} messages.
             * @function encodeDelimited
             * @memberof multiverse.v1.MigrateCommandAnswer
             * @static
             * @param {multiverse.v1.MigrateCommandAnswer.$Properties} message MigrateCommandAnswer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MigrateCommandAnswer.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MigrateCommandAnswer message from the specified reader or buffer.
             * @function decode
             * @memberof multiverse.v1.MigrateCommandAnswer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {multiverse.v1.MigrateCommandAnswer & multiverse.v1.MigrateCommandAnswer.$Shape} MigrateCommandAnswer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MigrateCommandAnswer.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.multiverse.v1.MigrateCommandAnswer();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.errorKind = value;
                            else
                                delete message.errorKind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.errorName = value;
                            else
                                delete message.errorName;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.errorMessage = value;
                            else
                                delete message.errorMessage;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.errorHint = value;
                            else
                                delete message.errorHint;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.answerJson = value;
                            else
                                delete message.answerJson;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a MigrateCommandAnswer message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof multiverse.v1.MigrateCommandAnswer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {multiverse.v1.MigrateCommandAnswer & multiverse.v1.MigrateCommandAnswer.$Shape} MigrateCommandAnswer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MigrateCommandAnswer.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MigrateCommandAnswer message.
             * @function verify
             * @memberof multiverse.v1.MigrateCommandAnswer
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MigrateCommandAnswer.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isInteger(message.version))
                        return "version: integer expected";
                if (message.errorKind != null && $Object.hasOwnProperty.call(message, "errorKind"))
                    if (!$util.isString(message.errorKind))
                        return "errorKind: string expected";
                if (message.errorName != null && $Object.hasOwnProperty.call(message, "errorName"))
                    if (!$util.isString(message.errorName))
                        return "errorName: string expected";
                if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage"))
                    if (!$util.isString(message.errorMessage))
                        return "errorMessage: string expected";
                if (message.errorHint != null && $Object.hasOwnProperty.call(message, "errorHint"))
                    if (!$util.isString(message.errorHint))
                        return "errorHint: string expected";
                if (message.answerJson != null && $Object.hasOwnProperty.call(message, "answerJson"))
                    if (!$util.isString(message.answerJson))
                        return "answerJson: string expected";
                return null;
            };

            /**
             * Creates a MigrateCommandAnswer message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof multiverse.v1.MigrateCommandAnswer
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {multiverse.v1.MigrateCommandAnswer} MigrateCommandAnswer
             */
            MigrateCommandAnswer.fromObject = function (object, _depth) {
                if (object instanceof $root.multiverse.v1.MigrateCommandAnswer)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".multiverse.v1.MigrateCommandAnswer: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.multiverse.v1.MigrateCommandAnswer();
                if (object.version != null)
                    if ($Number(object.version) !== 0)
                        message.version = object.version >>> 0;
                if (object.errorKind != null)
                    if (typeof object.errorKind !== "string" || object.errorKind.length)
                        message.errorKind = $String(object.errorKind);
                if (object.errorName != null)
                    if (typeof object.errorName !== "string" || object.errorName.length)
                        message.errorName = $String(object.errorName);
                if (object.errorMessage != null)
                    if (typeof object.errorMessage !== "string" || object.errorMessage.length)
                        message.errorMessage = $String(object.errorMessage);
                if (object.errorHint != null)
                    if (typeof object.errorHint !== "string" || object.errorHint.length)
                        message.errorHint = $String(object.errorHint);
                if (object.answerJson != null)
                    if (typeof object.answerJson !== "string" || object.answerJson.length)
                        message.answerJson = $String(object.answerJson);
                return message;
            };

            /**
             * Creates a plain object from a MigrateCommandAnswer message. Also converts values to other types if specified.
             * @function toObject
             * @memberof multiverse.v1.MigrateCommandAnswer
             * @static
             * @param {multiverse.v1.MigrateCommandAnswer} message MigrateCommandAnswer
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MigrateCommandAnswer.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.version = 0;
                    object.errorKind = "";
                    object.errorName = "";
                    object.errorMessage = "";
                    object.errorHint = "";
                    object.answerJson = "";
                }
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.errorKind != null && $Object.hasOwnProperty.call(message, "errorKind"))
                    object.errorKind = message.errorKind;
                if (message.errorName != null && $Object.hasOwnProperty.call(message, "errorName"))
                    object.errorName = message.errorName;
                if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage"))
                    object.errorMessage = message.errorMessage;
                if (message.errorHint != null && $Object.hasOwnProperty.call(message, "errorHint"))
                    object.errorHint = message.errorHint;
                if (message.answerJson != null && $Object.hasOwnProperty.call(message, "answerJson"))
                    object.answerJson = message.answerJson;
                return object;
            };

            /**
             * Converts this MigrateCommandAnswer to JSON.
             * @function toJSON
             * @memberof multiverse.v1.MigrateCommandAnswer
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MigrateCommandAnswer.prototype.toJSON = function() {
                return MigrateCommandAnswer.toObject(this, $protobuf.util.toJSONOptions);
            };

            return MigrateCommandAnswer;
        })();

        return v1;
    })();

    return multiverse;
})();

export {
  $root as default
};
