package org.carnet.common.ebrim;

import jakarta.xml.bind.JAXBElement;

import org.carnet.wsdl.rim.AssociationType1;
import org.carnet.wsdl.rim.ExtrinsicObjectType;
import org.carnet.wsdl.rim.IdentifiableType;
import org.carnet.wsdl.rim.ObjectFactory;
import org.carnet.wsdl.rim.ObjectRefType;
import org.carnet.wsdl.rim.RegistryObjectType;
import org.carnet.wsdl.rim.RegistryPackageType;

/** Turns stored registry objects back into the elements of a query response. */
public final class StoredObjects {
    private static final ObjectFactory RIM = new ObjectFactory();

    private StoredObjects() {
    }

    /** The stored object as submitted, with its current status (which lifecycle changes may have moved on). */
    public static JAXBElement<? extends IdentifiableType> leafClass(byte[] stored, String status) {
        IdentifiableType object = EbRimXml.fromStored(stored);
        if (object instanceof RegistryObjectType ro) {
            ro.setStatus(status);
        }
        if (object instanceof ExtrinsicObjectType eo) {
            return RIM.createExtrinsicObject(eo);
        }
        if (object instanceof RegistryPackageType rp) {
            return RIM.createRegistryPackage(rp);
        }
        if (object instanceof AssociationType1 a) {
            return RIM.createAssociation(a);
        }
        throw new IllegalStateException("unexpected stored object " + object.getClass().getSimpleName());
    }

    public static JAXBElement<ObjectRefType> objectRef(String uuid) {
        ObjectRefType ref = new ObjectRefType();
        ref.setId(uuid);
        return RIM.createObjectRef(ref);
    }
}
